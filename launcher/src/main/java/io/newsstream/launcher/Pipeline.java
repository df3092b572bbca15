package io.newsstream.launcher;

import io.javalin.Javalin;
import io.newsstream.api.ServedStreamsApp;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.producer.IngestEndpoint;
import io.newsstream.producer.NewsProducer;
import io.newsstream.producer.ProducerSettings;
import io.newsstream.registry.RegistryRoutes;
import io.newsstream.registry.SchemaRegistry;
import io.newsstream.schema.Topics;
import io.newsstream.streams.NewsStreamsApp;
import io.newsstream.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The whole pipeline in one process, as {@code newsstream run} and {@code newsstream bench} start
 * it: the broker (embedded unless one is given), the topics, the schema registry (served at
 * /registry unless one is given), one HTTP server, the producer with its ingest endpoint, and the
 * streams app with its API, RUNNING. Closing stops them in the reverse order.
 */
final class Pipeline implements AutoCloseable {
  /**
   * @param bootstrapServers a Kafka cluster, or null or blank for an embedded broker on {@code kafkaPort}
   * @param schemaRegistryUrl a registry, or null or blank to serve one at /registry
   * @param instance applied to the streams app's settings last
   */
  record Settings(
      Path dataDir,
      String bootstrapServers,
      int kafkaPort,
      String schemaRegistryUrl,
      int httpPort,
      int partitions,
      short replicationFactor,
      Map<String, String> kafkaProperties,
      String advertisedHost,
      UnaryOperator<StreamsSettings> instance) {}

  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private final Consumer<String> status;
  private String bootstrapServers;
  private String registryUrl;
  private int httpPort;
  private NewsProducer producer;
  private NewsStreamsApp streams;

  private Pipeline(Consumer<String> status) {
    this.status = status;
  }

  /** Starts everything and waits until the streams app runs; on failure stops what was started. */
  static Pipeline start(Settings settings, Consumer<String> status) throws Exception {
    Pipeline pipeline = new Pipeline(status);
    try {
      pipeline.startAll(settings);
      return pipeline;
    } catch (Exception | Error e) {
      pipeline.close();
      throw e;
    }
  }

  private void startAll(Settings settings) throws Exception {
    String bootstrap = settings.bootstrapServers();
    if (bootstrap == null || bootstrap.isBlank()) {
      EmbeddedKafkaBroker broker =
          keep(EmbeddedKafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(), Map.of()));
      bootstrap = broker.bootstrapServers();
      status.accept(String.format("kafka: embedded broker at %s (data in %s)", bootstrap, broker.logDir()));
    } else {
      status.accept("kafka: " + bootstrap);
    }
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Topics.ensureExist(admin, settings.partitions(), settings.replicationFactor());
    }

    Javalin http = Javalin.create(config -> config.showJavalinBanner = false);
    keep(http::stop);
    String registry = settings.schemaRegistryUrl();
    if (registry == null || registry.isBlank()) {
      SchemaRegistry served = keep(SchemaRegistry.open(bootstrap, settings.replicationFactor()));
      RegistryRoutes.mount(http, "/registry", served);
      http.start(settings.httpPort());
      registry = "http://localhost:" + http.port() + "/registry";
    } else {
      http.start(settings.httpPort());
    }
    status.accept("schema registry: " + registry);

    // Routes may be added to a started server; the producer needs the registry's URL first.
    producer = keep(new NewsProducer(new ProducerSettings(
        bootstrap, registry, true, ProducerSettings.DEFAULT_MAX_TEXT_BYTES, settings.kafkaProperties())));
    IngestEndpoint.mount(http, producer, Optional.empty(), ProducerSettings.DEFAULT_MAX_TEXT_BYTES);
    status.accept(String.format("ingest endpoint: POST http://localhost:%d/api/ingest", http.port()));

    // Mounted before the app runs: until it does, the API answers 503 with Retry-After.
    streams = keep(ServedStreamsApp.create(http, settings.advertisedHost(), settings.instance().apply(
        StreamsSettings.defaults(bootstrap, registry, settings.dataDir().resolve("streams"))
            .withReplicationFactor(settings.replicationFactor())
            .withKafkaOverrides(settings.kafkaProperties())))).app();
    status.accept(String.format("dashboard: http://localhost:%d/   API: http://localhost:%d/api/regions", http.port(), http.port()));
    streams.start();
    streams.awaitRunning(Duration.ofMinutes(2));
    status.accept("streams app: RUNNING");
    bootstrapServers = bootstrap;
    registryUrl = registry;
    httpPort = http.port();
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  String registryUrl() {
    return registryUrl;
  }

  int httpPort() {
    return httpPort;
  }

  NewsProducer producer() {
    return producer;
  }

  NewsStreamsApp streams() {
    return streams;
  }

  private <T extends AutoCloseable> T keep(T resource) {
    running.push(resource);
    return resource;
  }

  /** Stops everything started, the last first; a part that fails to stop is reported, not thrown. */
  @Override
  public void close() {
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        status.accept("while stopping: " + e.getMessage());
      }
    }
  }
}
