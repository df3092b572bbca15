package io.newsstream.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

  @Option(names = "--bootstrap-servers", defaultValue = "${env:NEWSSTREAM_BOOTSTRAP_SERVERS:-localhost:9092}",
      paramLabel = "HOST:PORT,...",
      description = "The Kafka cluster that holds the topic _schemas (default: ${DEFAULT-VALUE}; env NEWSSTREAM_BOOTSTRAP_SERVERS).")
  String bootstrapServers;

  @Option(names = "--port", defaultValue = "${env:NEWSSTREAM_REGISTRY_PORT:-8081}",
      description = "The HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one; env NEWSSTREAM_REGISTRY_PORT).")
  int port;

  @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "${env:NEWSSTREAM_REPLICATION_FACTOR:-1}",
      description = "Replication factor of _schemas if it has to be created (default: ${DEFAULT-VALUE}; 3 on a real cluster; env NEWSSTREAM_REPLICATION_FACTOR).")
  short replicationFactor;

  @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "${env:NEWSSTREAM_HTTP_HOST:-0.0.0.0}",
      description = "Interface to serve on (default: ${DEFAULT-VALUE}, every interface; env NEWSSTREAM_HTTP_HOST).")
  String httpHost;

  @Mixin RegistryAccessOptions accessOptions;

  @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE",
      description = "Any Kafka client property (security, timeouts...), for the registry's clients.")
  Map<String, String> kafkaProperties = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    RegistryAccess access = accessOptions.access(Optional.empty());
    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    try (SchemaRegistryServer server =
        SchemaRegistryServer.start(SchemaRegistry.open(bootstrapServers, replicationFactor, kafkaProperties),
            httpHost, port, access)) {
      // Ctrl-C runs the hook; it waits until the server is closed, so the JVM does not exit mid-close.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stopRequested.countDown();
        try {
          stopped.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "registry-shutdown"));
      spec.commandLine().getErr().printf(
          "newsstream: schema registry at %s (topic %s on %s); Ctrl-C stops%n",
          server.url(), SchemaLog.TOPIC, bootstrapServers);
      spec.commandLine().getErr().printf("newsstream: registry %s mode, changes %s%n", access.mode(),
          access.requiresAuth() ? "need basic auth" : "open to anyone (set NEWSSTREAM_REGISTRY_AUTH to lock them)");
      spec.commandLine().getErr().flush();
      stopRequested.await();
    } finally {
      stopped.countDown();
    }
    return 0;
  }
}
