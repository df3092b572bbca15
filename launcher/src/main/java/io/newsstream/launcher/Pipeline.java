package io.newsstream.launcher;

import io.javalin.Javalin;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.producer.IngestEndpoint;
import io.newsstream.producer.NewsProducer;
import io.newsstream.producer.ProducerSettings;
import io.newsstream.registry.RegistryAccess;
import io.newsstream.registry.RegistryRoutes;
import io.newsstream.registry.SchemaRegistry;
import io.newsstream.schema.Topics;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.serde.RegistryCredentials;
import io.newsstream.streams.NewsStreamsApp;
import io.newsstream.streams.StreamsSettings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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
   * @param bootstrapServers a Kafka cluster; empty for an embedded broker on {@code kafkaPort}
   * @param schemaRegistryUrl a registry; empty to serve one at /registry
   * @param httpHost the interface of the HTTP port
   * @param ingestToken the bearer token the ingest endpoint requires, or null for none
   * @param registryUserInfo credentials the served registry requires for changes, if given
   * @param registryAccess the served registry's access, given credentials to fall back on when none are given
   * @param instance applied to the streams app's settings last
   */
  record Settings(
      Path dataDir,
      Optional<String> bootstrapServers,
      int kafkaPort,
      Optional<String> schemaRegistryUrl,
      String httpHost,
      int httpPort,
      String ingestToken,
      Optional<String> registryUserInfo,
      Function<Optional<String>, RegistryAccess> registryAccess,
      int partitions,
      short replicationFactor,
      Map<String, String> kafkaProperties,
      String advertisedHost,
      UnaryOperator<StreamsSettings> instance) {}

  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private final Consumer<String> status;
  private String bootstrapServers;
  private String registryUrl;
  private Map<String, String> clients;
  private int httpPort;
  private NewsProducer producer;
  private NewsStreamsApp streams;
  private VerdictWatch verdicts;

  private Pipeline(Consumer<String> status) {
    this.status = status;
  }

  /**
   * Starts everything and waits until the streams app runs; on failure stops what was started.
   *
   * @param watchVerdicts whether to watch the output topics for verdicts ({@link #verdicts()}): the
   *     watch takes its positions before the app starts, so that it misses nothing the app writes
   *     first (after a reset, verdicts on ids a run sends again)
   */
  static Pipeline start(Settings settings, Consumer<String> status, boolean watchVerdicts) throws Exception {
    Pipeline pipeline = new Pipeline(status);
    try {
      pipeline.startAll(settings, watchVerdicts);
      return pipeline;
    } catch (Exception | Error e) {
      pipeline.close();
      throw e;
    }
  }

  private void startAll(Settings settings, boolean watchVerdicts) throws Exception {
    boolean embedded = settings.bootstrapServers().isEmpty();
    String bootstrap;
    if (embedded) {
      EmbeddedKafkaBroker broker =
          keep(EmbeddedKafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(), Map.of()));
      bootstrap = broker.bootstrapServers();
      status.accept(String.format("kafka: embedded broker at %s (data in %s)", bootstrap, broker.logDir()));
    } else {
      bootstrap = settings.bootstrapServers().get();
      status.accept("kafka: " + bootstrap);
    }
    Map<String, Object> adminConfig = new HashMap<>(settings.kafkaProperties());
    adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(adminConfig)) {
      // Existing topics are left as they are; what differs from what newsstream needs is said.
      Topics.ensureExist(admin, settings.partitions(), settings.replicationFactor())
          .forEach(difference -> status.accept("topic settings: " + difference));
    }

    Javalin http = Javalin.create(config -> config.showJavalinBanner = false);
    keep(http::stop);
    String host = settings.httpHost();
    String registry;
    Map<String, String> clients = settings.kafkaProperties();
    if (settings.schemaRegistryUrl().isEmpty()) {
      // Changes need credentials even when none are given: this process' own, never shown.
      byte[] secret = new byte[16];
      new SecureRandom().nextBytes(secret);
      String generated = "newsstream:" + HexFormat.of().formatHex(secret);
      RegistryAccess access = settings.registryAccess().apply(Optional.of(generated));
      SchemaRegistry served = keep(SchemaRegistry.open(bootstrap, settings.replicationFactor(), settings.kafkaProperties()));
      RegistryRoutes.mount(http, "/registry", served, access);
      http.start(host, settings.httpPort());
      registry = "http://localhost:" + http.port() + "/registry";
      clients = new LinkedHashMap<>(settings.kafkaProperties());
      clients.put(RegistryCredentials.SOURCE, "USER_INFO");
      clients.put(RegistryCredentials.USER_INFO, settings.registryUserInfo().orElse(generated));
      status.accept(String.format("schema registry: %s (%s mode; changes need %s)", registry, access.mode(),
          settings.registryUserInfo().isPresent() ? "NEWSSTREAM_REGISTRY_AUTH" : "this process' own credentials"));
    } else {
      registry = settings.schemaRegistryUrl().get();
      http.start(host, settings.httpPort());
      status.accept("schema registry: " + RegistryCredentials.redact(registry));
    }
    status.accept(String.format("http: listening on %s:%d%s", host, http.port(), isLoopback(host)
        ? " (loopback only; --http-host 0.0.0.0 serves other hosts)" : ""));

    // Routes may be added to a started server; the producer needs the registry's URL first.
    producer = keep(new NewsProducer(new ProducerSettings(
        bootstrap, registry, true, ProducerSettings.DEFAULT_MAX_TEXT_BYTES, clients)));
    String token = settings.ingestToken();
    IngestEndpoint.mount(http, producer, Optional.ofNullable(token), IngestEndpoint.DEFAULT_MAX_BODY_BYTES);
    status.accept(String.format("ingest endpoint: POST http://localhost:%d/api/ingest (%s)", http.port(),
        token == null || token.isBlank() ? "no token required" : "bearer token required"));

    // Mounted before the app runs: until it does, the API answers 503 with Retry-After.
    streams = keep(ServedStreamsApp.create(http, settings.advertisedHost(), settings.instance().apply(
        StreamsSettings.defaults(bootstrap, registry, settings.dataDir().resolve("streams"))
            .withReplicationFactor(settings.replicationFactor())
            .withKafkaOverrides(clients)))).app();
    status.accept(String.format("dashboard: http://localhost:%d/   API: http://localhost:%d/api/regions", http.port(), http.port()));
    bootstrapServers = bootstrap;
    registryUrl = registry;
    this.clients = clients;
    httpPort = http.port();
    if (watchVerdicts) {
      verdicts = keep(new VerdictWatch(bootstrap, new HttpSchemaRegistryClient(registry, clients), clients));
    }
    streams.start();
    streams.awaitRunning(Duration.ofMinutes(2));
    status.accept("streams app: RUNNING");
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
  }

  /** The properties of every client: -X, and the served registry's credentials. */
  Map<String, String> clients() {
    return clients;
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

  /** The verdict watch, when started with one. */
  VerdictWatch verdicts() {
    return Objects.requireNonNull(verdicts, "the pipeline was started without a verdict watch");
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
