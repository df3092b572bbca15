package io.newsstream.registry;

import io.newsstream.cli.HttpHostOptions;
import io.newsstream.cli.KafkaOptions;
import io.newsstream.cli.ReplicationOptions;
import io.newsstream.cli.Shutdown;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream registry}: a standalone schema registry, running until Ctrl-C. */
@Command(
    name = "registry",
    sortOptions = false,
    description = {
      "Runs a schema registry that speaks the Confluent Schema Registry REST API (the "
          + "part serializers use: register, look up, fetch by id, versions, compatibility, "
          + "config, delete) for Avro schemas, until Ctrl-C.",
      "",
      "Schemas live in the compacted Kafka topic _schemas, created if missing, so ids "
          + "and versions survive restarts. Compatibility levels are Confluent's (default "
          + "BACKWARD), checked by Avro itself. Run one instance per Kafka cluster: it is "
          + "the topic's only writer.",
      "",
      "Clients point at http://HOST:PORT as at any Confluent-API registry. "
          + "`newsstream run` serves the same registry under /registry of its own port; this "
          + "command runs one on its own, e.g. beside a real cluster.",
      ""
    })
public final class RegistryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Mixin KafkaOptions kafka;

  @Option(names = "--port", defaultValue = "${env:NEWSSTREAM_REGISTRY_PORT:-8081}",
      description = "The HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one; env NEWSSTREAM_REGISTRY_PORT).")
  int port;

  @Mixin ReplicationOptions replication;

  @Mixin HttpHostOptions httpHost;

  @Mixin RegistryAccessOptions accessOptions;

  @Override
  public Integer call() throws Exception {
    RegistryAccess access = accessOptions.access(Optional.empty());
    String bootstrapServers = kafka.bootstrapServers();
    try (Shutdown shutdown = new Shutdown();
        SchemaRegistryServer server = SchemaRegistryServer.start(
            SchemaRegistry.open(bootstrapServers, replication.replicationFactor(), kafka.properties()),
            httpHost.host(kafka.embedded()), port, access)) {
      spec.commandLine().getErr().printf(
          "newsstream: schema registry at %s (topic %s on %s); Ctrl-C stops%n",
          server.url(), SchemaLog.TOPIC, bootstrapServers);
      spec.commandLine().getErr().printf("newsstream: registry %s mode, changes %s%n", access.mode(),
          access.requiresAuth() ? "need basic auth" : "open to anyone (set NEWSSTREAM_REGISTRY_AUTH to lock them)");
      spec.commandLine().getErr().flush();
      shutdown.await();
    }
    return 0;
  }
}
