package io.newsstream.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.newsstream.api.InstanceOptions;
import io.newsstream.api.ServedStreamsApp;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.producer.IngestEndpoint;
import io.newsstream.producer.IngestListener;
import io.newsstream.producer.IngestReport;
import io.newsstream.producer.NewsProducer;
import io.newsstream.producer.ProducerSettings;
import io.newsstream.registry.RegistryRoutes;
import io.newsstream.registry.SchemaRegistry;
import io.newsstream.schema.Topics;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.streams.NewsStreamsApp;
import io.newsstream.streams.StreamsSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsstream run}: the whole pipeline in one process, on the embedded default or a real cluster. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the whole pipeline: broker (embedded unless --bootstrap-servers), schema registry "
          + "(embedded unless --schema-registry-url), the streams app and the producer. "
          + "Everything reached over HTTP is on one port: the registry under /registry, the ingest "
          + "endpoint POST /api/ingest.",
      "",
      "With --once it ingests --input, waits until the pipeline has decided on every article, "
          + "prints a one-line JSON summary on stdout and exits; otherwise it runs until Ctrl-C."
    })
final class RunCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
      description = "Files or directories to ingest (.txt, .html, .json, .jsonl); '-' for stdin.")
  List<Path> inputs = List.of();

  @Option(names = "--once",
      description = "Ingest --input, wait for every verdict, print the JSON summary, exit.")
  boolean once;

  @Option(names = "--verdicts",
      description = "With --once: before the summary, print one JSON line per article: its origins, "
          + "and unique, rejected, or the duplicate of which article (by origin), how (EXACT, NEAR) and how similar.")
  boolean printVerdicts;

  @Option(names = "--data-dir", defaultValue = "${env:NEWSSTREAM_DATA_DIR:-data}", paramLabel = "DIR",
      description = "Where the embedded broker, the streams state and the log file live (default: ${DEFAULT-VALUE}; env NEWSSTREAM_DATA_DIR).")
  Path dataDir;

  @Option(names = "--http-port", defaultValue = "${env:NEWSSTREAM_HTTP_PORT:-8080}",
      description = "The one HTTP port: registry, ingest endpoint, API (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int httpPort;

  @Option(names = "--bootstrap-servers", defaultValue = "${env:NEWSSTREAM_BOOTSTRAP_SERVERS}", paramLabel = "HOST:PORT,...",
      description = "A real Kafka cluster; when absent a broker runs embedded (env NEWSSTREAM_BOOTSTRAP_SERVERS).")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", defaultValue = "${env:NEWSSTREAM_SCHEMA_REGISTRY_URL}", paramLabel = "URL",
      description = "A Confluent-API schema registry; when absent one is served at /registry (env NEWSSTREAM_SCHEMA_REGISTRY_URL).")
  String schemaRegistryUrl;

  @Option(names = "--kafka-port", defaultValue = "${env:NEWSSTREAM_KAFKA_PORT:-9092}",
      description = "Client port of the embedded broker (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int kafkaPort;

  @Mixin InstanceOptions instance;

  @Option(names = "--partitions", defaultValue = "4",
      description = "Partitions of the topics created at start (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--replication-factor", defaultValue = "1",
      description = "Replication factor of the topics created at start (default: ${DEFAULT-VALUE}; 3 on a real cluster).")
  short replicationFactor;

  @Option(names = "--timeout", defaultValue = "PT10M",
      description = "With --once: how long to wait for the pipeline (ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE",
      description = "Any Kafka client property, passed to the producer and the streams app.")
  Map<String, String> kafkaProperties = new LinkedHashMap<>();

  private final Deque<AutoCloseable> running = new ArrayDeque<>();

  @Override
  public Integer call() throws Exception {
    if (once && inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--once needs --input PATH...");
    }
    Files.createDirectories(dataDir);
    Path logFile = dataDir.resolve("logs").resolve("newsstream.log");
    Files.createDirectories(logFile.getParent());
    LogFile.redirectTo(logFile);
    status("logs: %s", logFile);

    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopRequested.countDown();
      awaitQuietly(stopped);
    }, "newsstream-shutdown"));
    try {
      Pipeline pipeline = start();
      if (once) {
        return ingestOnce(pipeline);
      }
      if (!inputs.isEmpty()) {
        ingest(pipeline, new RefusalsShown());
      }
      status("running; Ctrl-C stops");
      stopRequested.await();
      status("stopping");
      return 0;
    } finally {
      stopAll();
      stopped.countDown();
    }
  }

  private record Pipeline(String bootstrapServers, String registryUrl, NewsProducer producer, NewsStreamsApp streams) {}

  private Pipeline start() throws Exception {
    String bootstrap = bootstrapServers;
    if (bootstrap == null || bootstrap.isBlank()) {
      EmbeddedKafkaBroker broker = keep(EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, Map.of()));
      bootstrap = broker.bootstrapServers();
      status("kafka: embedded broker at %s (data in %s)", bootstrap, broker.logDir());
    } else {
      status("kafka: %s", bootstrap);
    }
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      // Existing topics are left as they are; what differs from what newsstream needs is said.
      Topics.ensureExist(admin, partitions, replicationFactor).forEach(m -> status("topic settings: %s", m));
    }

    Javalin http = Javalin.create(config -> config.showJavalinBanner = false);
    keep(http::stop);
    String registryUrl = schemaRegistryUrl;
    if (registryUrl == null || registryUrl.isBlank()) {
      SchemaRegistry registry = keep(SchemaRegistry.open(bootstrap, replicationFactor));
      RegistryRoutes.mount(http, "/registry", registry);
      http.start(httpPort);
      registryUrl = "http://localhost:" + http.port() + "/registry";
    } else {
      http.start(httpPort);
    }
    status("schema registry: %s", registryUrl);

    // Routes may be added to a started server; the producer needs the registry's URL first.
    NewsProducer producer =
        keep(new NewsProducer(new ProducerSettings(
            bootstrap, registryUrl, true, ProducerSettings.DEFAULT_MAX_TEXT_BYTES, kafkaProperties)));
    IngestEndpoint.mount(http, producer, Optional.empty(), ProducerSettings.DEFAULT_MAX_TEXT_BYTES);
    status("ingest endpoint: POST http://localhost:%d/api/ingest", http.port());

    // Mounted before the app runs: until it does, the API answers 503 with Retry-After.
    NewsStreamsApp streams = keep(ServedStreamsApp.create(http, instance.advertisedHost(), instance.applyTo(
        StreamsSettings.defaults(bootstrap, registryUrl, dataDir.resolve("streams"))
            .withReplicationFactor(replicationFactor)
            .withKafkaOverrides(kafkaProperties)))).app();
    status("dashboard: http://localhost:%d/   API: http://localhost:%d/api/regions", http.port(), http.port());
    streams.start();
    streams.awaitRunning(Duration.ofMinutes(2));
    status("streams app: RUNNING");
    return new Pipeline(bootstrap, registryUrl, producer, streams);
  }

  /** Says on the console what was refused and why, as {@code newsstream produce} does. */
  private class RefusalsShown implements IngestListener {
    @Override
    public void onAccepted(String articleId, String origin) {}

    @Override
    public void onRefused(String reason, String detail, String origin) {
      status("refused %s %s: %s", reason, origin, detail);
    }
  }

  private IngestReport ingest(Pipeline pipeline, IngestListener listener) {
    status("ingesting %s", inputs);
    IngestReport report = pipeline.producer().ingest(inputs, listener);
    status("ingested: %d sent, %d refused, %d read", report.sent(), report.refused(), report.read());
    return report;
  }

  private int ingestOnce(Pipeline pipeline) throws Exception {
    try (VerdictWatch watch = new VerdictWatch(pipeline.bootstrapServers(), new HttpSchemaRegistryClient(pipeline.registryUrl()))) {
      Map<String, List<String>> origins = new ConcurrentHashMap<>();
      IngestReport report = ingest(pipeline, new RefusalsShown() {
        @Override
        public void onAccepted(String articleId, String origin) {
          origins.computeIfAbsent(articleId, id -> new CopyOnWriteArrayList<>()).add(origin);
        }
      });
      VerdictTally tally = new VerdictTally(report.sentIds());
      long[] lastShown = {-1};
      boolean complete = watch.await(tally, report.sent(), timeout, () -> {
        if (tally.decided() != lastShown[0]) {
          lastShown[0] = tally.decided();
          status("processed %d/%d", tally.decided(), report.sent());
        }
      });
      PrintWriter out = spec.commandLine().getOut();
      if (printVerdicts) {
        printVerdicts(out, tally, origins);
      }
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("ingested", report.sent());
      summary.put("rejected", report.refused() + tally.rejected());
      summary.put("duplicates", tally.duplicates());
      summary.put("articles", tally.articles());
      summary.put("languages", tally.languages());
      summary.put("refusedByReason", report.refusedByReason());
      summary.put("complete", complete);
      summary.put("elapsedMs", report.elapsed().toMillis());
      out.println(JSON.writeValueAsString(summary));
      out.flush();
      if (!complete) {
        status("timed out after %s with %d of %d verdicts", timeout, tally.decided(), report.sent());
        return 2;
      }
      return 0;
    }
  }

  /**
   * One line per input sent, in the order of origins; canonical articles named by origin. An input
   * sent under an id an earlier input of the run already had (the same canonical URL, or the same
   * text) is a re-send: the pipeline's verdict on it is "duplicate of itself", shown here as a
   * duplicate of that earlier input.
   */
  private static void printVerdicts(PrintWriter out, VerdictTally tally, Map<String, List<String>> origins)
      throws IOException {
    Map<String, Map<String, Object>> lines = new TreeMap<>();
    origins.forEach((id, sentFrom) -> {
      VerdictTally.Verdict verdict = tally.verdictOf(id);
      for (int i = 0; i < sentFrom.size(); i++) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("origin", sentFrom.get(i));
        line.put("id", id);
        if (i > 0) {
          line.put("verdict", "duplicate");
          line.put("duplicateOf", sentFrom.get(0));
          line.put("kind", "EXACT");
          line.put("similarity", 1.0);
        } else {
          line.put("verdict", verdict == null ? "undecided" : verdict.verdict());
          if (verdict != null && verdict.canonicalId() != null) {
            List<String> canonicalOrigins = origins.get(verdict.canonicalId());
            line.put("duplicateOf", canonicalOrigins == null ? verdict.canonicalId() : canonicalOrigins.get(0));
            line.put("kind", verdict.kind());
            line.put("similarity", Math.round(verdict.similarity() * 1000) / 1000.0);
          }
        }
        lines.put(sentFrom.get(i), line);
      }
    });
    for (Map<String, Object> line : lines.values()) {
      out.println(JSON.writeValueAsString(line));
    }
  }

  private <T extends AutoCloseable> T keep(T resource) {
    running.push(resource);
    return resource;
  }

  private void stopAll() {
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        status("while stopping: %s", e.getMessage());
      }
    }
  }

  private void status(String format, Object... args) {
    spec.commandLine().getErr().println("newsstream: " + String.format(format, args));
    spec.commandLine().getErr().flush();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
