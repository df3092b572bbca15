package io.newsstream.launcher;

import io.javalin.Javalin;
import io.newsstream.api.StoreQueries;
import io.newsstream.cli.KafkaOptions;
import io.newsstream.cli.RegistryUrlOptions;
import io.newsstream.cli.ReplicationOptions;
import io.newsstream.cli.Shutdown;
import io.newsstream.serde.RegistryCredentials;
import io.newsstream.streams.NewsStreamsApp;
import io.newsstream.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsstream streams}: one streams-app instance with its REST API, dashboard, health and
 * metrics, against a running cluster and registry, until Ctrl-C.
 */
@Command(
    name = "streams",
    sortOptions = false,
    description = {
      "Runs one streams-app instance until Ctrl-C: reads news.raw.v1, writes unique, cleaned, "
          + "language-tagged, enriched articles to news.articles.v1, duplicate notices to "
          + "news.duplicates.v1, session summaries to news.sessions.v1 and rejects (with the reason) "
          + "to news.dlq.v1; keeps the views and serves them on --http-port (API under /api, "
          + "dashboard at /, /health/ready, /metrics).",
      "",
      "Needs a Kafka cluster with the topics created (`newsstream run` creates them) and a "
          + "Confluent-API schema registry. Run several instances with the same --application-id "
          + "to share the work; each needs its own --state-dir and --http-port, and an "
          + "--advertised-host the others can reach: a query for a key another instance holds is "
          + "answered by that one.",
      ""
    })
public final class StreamsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Mixin KafkaOptions kafka;

  @Mixin RegistryUrlOptions registry;

  @Mixin ApplicationIdOptions application;

  @Option(names = "--state-dir", defaultValue = "${env:NEWSSTREAM_STATE_DIR:-data/streams}", paramLabel = "DIR",
      description = "Where the state stores live; keep it between runs to start fast "
          + "(default: ${DEFAULT-VALUE}; env NEWSSTREAM_STATE_DIR).")
  Path stateDir;

  @Option(names = "--dedup-retention", defaultValue = "P30D", paramLabel = "DURATION",
      description = "How long a text's fingerprint is remembered; copies further apart are not duplicates "
          + "(ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration dedupRetention;

  @Mixin InstanceOptions instance;

  @Mixin ReplicationOptions replication;

  @Override
  public Integer call() throws Exception {
    StreamsSettings settings =
        StreamsSettings.defaults(kafka.bootstrapServers(), registry.url(), stateDir)
            .withApplicationId(application.applicationId())
            .withDedupRetention(dedupRetention)
            .withReplicationFactor(replication.replicationFactor())
            .withKafkaOverrides(kafka.properties());
    // Ctrl-C waits until the app is closed, so the JVM does not exit mid-close (which would leave
    // state stores to restore on the next start).
    Javalin http = Javalin.create(config -> config.showJavalinBanner = false);
    try (Shutdown shutdown = new Shutdown();
        AutoCloseable stopHttp = http::stop;
        ServedStreamsApp served = ServedStreamsApp.create(http.start(instance.httpPort()), instance.advertisedHost(),
            instance.applyTo(settings))) {
      NewsStreamsApp app = served.app();
      app.start();
      status("streams app %s on %s, registry %s; API and dashboard at http://%s/; Ctrl-C stops",
          settings.applicationId(), settings.bootstrapServers(), RegistryCredentials.redact(settings.schemaRegistryUrl()),
          StoreQueries.address(served.self()));
      while (!shutdown.await(1, TimeUnit.SECONDS)) {
        KafkaStreams.State state = app.state();
        if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
          status("streams app stopped (%s); the log says why", state);
          return 1;
        }
      }
      status("stopping");
      return 0;
    }
  }

  private void status(String format, Object... args) {
    spec.commandLine().getErr().println("newsstream: " + String.format(format, args));
    spec.commandLine().getErr().flush();
  }
}
