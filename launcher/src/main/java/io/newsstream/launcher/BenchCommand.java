package io.newsstream.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.dedup.corpus.Feed;
import io.newsstream.launcher.bench.Baseline;
import io.newsstream.launcher.bench.HeapWatch;
import io.newsstream.launcher.bench.Latencies;
import io.newsstream.launcher.bench.Throughput;
import io.newsstream.launcher.bench.TopicTraffic;
import io.newsstream.producer.IngestListener;
import io.newsstream.producer.IngestReport;
import io.newsstream.producer.id.ArticleIds;
import io.newsstream.producer.source.Input;
import io.newsstream.producer.validate.ArticleDraft;
import io.newsstream.schema.Topics;
import io.newsstream.cli.ReplicationOptions;
import io.newsstream.registry.RegistryAccess;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.streams.NewsStreamsApp;
import io.newsstream.streams.StreamsSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsstream bench}: a generated feed through the whole pipeline as {@code run} starts it,
 * and what it cost. See docs/performance.md for what each figure means and how it is measured.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures the pipeline end to end. Generates a feed of Russian and Kazakh reports of Assembly "
          + "sessions (2-8 KB, a share of them exact or near copies of recent ones; the same feed for a "
          + "--seed), starts everything as `run` does on an embedded broker in a fresh temporary data "
          + "directory (exactly-once), sends the feed through the producer, and waits for every "
          + "article's verdict on news.articles.v1, news.duplicates.v1 or news.dlq.v1 (read_committed). "
          + "Then it runs a Kafka Streams stream(in).to(out) pass-through, exactly-once, over the same "
          + "records on the same broker, as the baseline.",
      "",
      "Progress goes to stderr; the last line on stdout is one JSON object: articles, articlesPerSec "
          + "(sustained: the first 10%% of verdicts and the start-up left out), mbPerSec (article text, "
          + "UTF-8, 10^6 bytes), latencyMs {p50,p95,p99} (handed to the producer -> verdict read), "
          + "cpuSecPer1000 (process CPU from the first send to the last verdict), peakHeapMb, "
          + "recordsPerArticle and dedupRecordsPerArticle (records the producers sent to all topics, "
          + "and to topics whose name contains \"dedup\"; transaction markers not counted), "
          + "kafkaBytesPerArticle, baseline {recordsPerSec}, ratio (articlesPerSec / baseline), "
          + "and details (per-topic records, end offsets, counts).",
      ""
    },
    footer = {"", "Example: newsstream bench --articles 20000 --rate 500   (docs/performance.md)"})
final class BenchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MB = 1e6;

  @Spec CommandSpec spec;

  @Option(names = "--articles", defaultValue = "2000", paramLabel = "N",
      description = "Articles to send (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--dup-rate", defaultValue = "0.2", paramLabel = "0..1",
      description = "Share of articles that copy a recent one, half exact, half near (default: ${DEFAULT-VALUE}).")
  double duplicateRate;

  @Option(names = "--rate", paramLabel = "ARTICLES/S",
      description = "Offer this many articles per second (a paced producer); without it, as fast as the producer sends.")
  Double rate;

  @Option(names = "--kk-share", defaultValue = "0.3", paramLabel = "0..1",
      description = "Share of original articles in Kazakh, the rest Russian (default: ${DEFAULT-VALUE}).")
  double kazakhShare;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the feed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--partitions", defaultValue = "4",
      description = "Partitions of the topics, as `run --partitions` (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Mixin LanguageAccuracyOption language;

  @Option(names = "--keep",
      description = "Keep the temporary data directory (broker, state, log) and say where; by default it is deleted.")
  boolean keep;

  @Option(names = "--timeout", defaultValue = "PT30M",
      description = "How long to wait for the verdicts, and again for the baseline (ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE",
      description = "Any Kafka client or Kafka Streams property, as for `run`; the baseline gets them too.")
  Map<String, String> kafkaProperties = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    validate();
    Path dataDir = Files.createTempDirectory("newsstream-bench-");
    // Ctrl-C ends the run; what it wrote goes with it, unless --keep.
    Thread cleanUp = new Thread(() -> {
      if (!keep) {
        deleteQuietly(dataDir);
      }
    }, "newsstream-bench-clean-up");
    Runtime.getRuntime().addShutdownHook(cleanUp);
    boolean finished = false;
    try {
      Path logFile = dataDir.resolve("logs").resolve("newsstream.log");
      Files.createDirectories(logFile.getParent());
      LogFile.redirectTo(logFile);
      status("data and log in %s (%s)", dataDir, keep ? "kept" : "deleted at the end");
      Map<String, Object> result = measure(dataDir);
      spec.commandLine().getOut().println(JSON.writeValueAsString(result));
      spec.commandLine().getOut().flush();
      finished = true;
      return 0;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanUp);
      } catch (IllegalStateException shuttingDown) {
        // The hook runs.
      }
      if (keep || !finished) {
        status("kept %s%s", dataDir, finished ? "" : " (the run failed: the log is in logs/newsstream.log)");
      } else {
        deleteRecursively(dataDir);
      }
    }
  }

  private void validate() {
    if (articles < 1) {
      throw new ParameterException(spec.commandLine(), "--articles must be at least 1, not " + articles);
    }
    if (!(duplicateRate >= 0 && duplicateRate < 1)) {
      throw new ParameterException(spec.commandLine(), "--dup-rate must be in [0, 1), not " + duplicateRate);
    }
    if (!(kazakhShare >= 0 && kazakhShare <= 1)) {
      throw new ParameterException(spec.commandLine(), "--kk-share must be in [0, 1], not " + kazakhShare);
    }
    if (rate != null && !(rate > 0 && !rate.isInfinite())) {
      throw new ParameterException(spec.commandLine(), "--rate must be a positive number of articles per second, not " + rate);
    }
    if (partitions < 1) {
      throw new ParameterException(spec.commandLine(), "--partitions must be at least 1, not " + partitions);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new ParameterException(spec.commandLine(), "--timeout must be positive, not " + timeout);
    }
  }

  private Map<String, Object> measure(Path dataDir) throws Exception {
    // The verdict watch needs every id before the first send; ids come from the URLs.
    List<String> ids = new ArrayList<>(articles);
    Feed ahead = new Feed(seed, duplicateRate, kazakhShare);
    long copies = 0;
    for (int i = 0; i < articles; i++) {
      Feed.Item item = ahead.next();
      ids.add(ArticleIds.fromUrl(item.url()));
      copies += item.kind() == Feed.Kind.ORIGINAL ? 0 : 1;
    }

    try (HeapWatch heap = new HeapWatch();
        Pipeline pipeline = Pipeline.start(new Pipeline.Settings(dataDir, Optional.empty(), 0, Optional.empty(), "127.0.0.1", 0,
            null,
            Optional.empty(), fallback -> RegistryAccess.of(fallback, RegistryAccess.Mode.READWRITE), partitions,
            ReplicationOptions.BROKER_DEFAULT,
            kafkaProperties, "localhost", language::applyTo), line -> status("%s", line), true)) {
      VerdictWatch watch = pipeline.verdicts();
      Map<String, Long> sentAt = new ConcurrentHashMap<>();
      Latencies latencies = new Latencies();
      long[] decidedAt = new long[articles];
      int[] decidedCount = {0};
      VerdictTally tally = new VerdictTally(ids, id -> {
        long now = System.currentTimeMillis();
        decidedAt[decidedCount[0]++] = System.nanoTime();
        Long sent = sentAt.get(id);
        if (sent != null) {
          latencies.add(now - sent);
        }
      });

      TopicTraffic.Snapshot trafficBefore = TopicTraffic.snapshot();
      Map<TopicPartition, Long> offsetsBefore = endOffsets(pipeline.bootstrapServers());
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      AtomicLong textBytes = new AtomicLong();
      AtomicLong handed = new AtomicLong();
      CompletableFuture<IngestReport> sending = CompletableFuture.supplyAsync(() -> pipeline.producer().ingest(
          paced(new Feed(seed, duplicateRate, kazakhShare), start, sentAt, textBytes, handed), IngestListener.NONE));

      long[] end = {0, 0};
      long[] lastShown = {System.nanoTime()};
      boolean complete = watch.await(tally, articles, timeout, () -> {
        long now = System.nanoTime();
        if (tally.decided() >= articles && end[0] == 0) {
          end[0] = now;
          end[1] = processCpuNanos();
          heap.sample();
        }
        if (sending.isCompletedExceptionally()) {
          sending.join();
        }
        if (now - lastShown[0] >= 1_000_000_000L) {
          lastShown[0] = now;
          heap.sample();
          double seconds = (now - start) / 1e9;
          status("sent %d/%d, decided %d/%d (%.0f/s so far), heap %d MB",
              handed.get(), articles, tally.decided(), articles, tally.decided() / seconds,
              ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        }
      });
      IngestReport report = sending.join();
      if (!complete) {
        throw new IllegalStateException(String.format("timed out after %s with %d of %d verdicts",
            timeout, tally.decided(), articles));
      }
      if (report.refused() > 0) {
        throw new IllegalStateException("the producer refused " + report.refusedByReason() + " of the feed");
      }
      TopicTraffic traffic = TopicTraffic.snapshot().since(trafficBefore);
      Map<TopicPartition, Long> offsetsAfter = endOffsets(pipeline.bootstrapServers());
      long peakHeap = heap.peakBytes();
      long peakLiveHeap = heap.peakLiveBytes();

      double articlesPerSec = Throughput.perSecond(decidedAt, decidedCount[0]);
      double meanBytes = (double) textBytes.get() / articles;
      status("pipeline: %.1f articles/s sustained; now the baseline, stream(%s).to(%s)",
          articlesPerSec, Topics.RAW.name(), Baseline.OUTPUT);
      double baseline = Baseline.recordsPerSecond(
          NewsStreamsApp.streamsConfig(StreamsSettings.defaults(pipeline.bootstrapServers(), pipeline.registryUrl(),
                  dataDir.resolve("baseline")).withReplicationFactor(1).withKafkaOverrides(pipeline.clients()),
              new HttpSchemaRegistryClient(pipeline.registryUrl(), pipeline.clients())),
          dataDir.resolve("baseline").toString(), articles, partitions, timeout,
          passed -> status("baseline: %d/%d records", passed, articles));
      status("baseline: %.0f records/s", baseline);

      Map<String, Object> result = new LinkedHashMap<>();
      result.put("articles", articles);
      result.put("articlesPerSec", round(articlesPerSec, 1));
      result.put("mbPerSec", round(articlesPerSec * meanBytes / MB, 3));
      result.put("latencyMs", percentiles(latencies));
      result.put("cpuSecPer1000", round((end[1] - cpuStart) / 1e9 / articles * 1000, 2));
      result.put("peakHeapMb", peakHeap >> 20);
      TopicTraffic.Counts all = traffic.total(topic -> true);
      result.put("recordsPerArticle", round(all.records() / articles, 2));
      result.put("dedupRecordsPerArticle", round(traffic.total(topic -> topic.contains("dedup")).records() / articles, 2));
      result.put("kafkaBytesPerArticle", Math.round(all.bytes() / articles));
      result.put("baseline", ordered("recordsPerSec", round(baseline, 1)));
      result.put("ratio", round(baseline > 0 ? articlesPerSec / baseline : 0, 4));

      Map<String, Object> details = new LinkedHashMap<>();
      details.put("offeredPerSec", rate);
      details.put("seed", seed);
      details.put("dupRate", duplicateRate);
      details.put("kkShare", kazakhShare);
      details.put("partitions", partitions);
      details.put("meanArticleBytes", Math.round(meanBytes));
      details.put("copiesInFeed", copies);
      details.put("unique", tally.articles());
      details.put("duplicates", tally.duplicates());
      details.put("rejected", tally.rejected());
      details.put("languages", tally.languages());
      details.put("elapsedSec", round((end[0] - start) / 1e9, 1));
      details.put("peakLiveHeapMb", peakLiveHeap >> 20);
      // The same latencies without the first tenth decided, the part the sustained rate leaves out.
      details.put("latencyMsPastWarmUp",
          percentiles(latencies.from((int) (latencies.count() * Throughput.WARM_UP_SHARE))));
      details.put("endOffsetsPerArticle", round(offsetDelta(offsetsBefore, offsetsAfter) / (double) articles, 2));
      Map<String, Object> perTopic = new LinkedHashMap<>();
      traffic.byTopic().forEach((topic, counts) -> perTopic.put(topic,
          ordered("records", round(counts.records() / articles, 2), "bytes", Math.round(counts.bytes() / articles))));
      details.put("perArticleByTopic", perTopic);
      result.put("details", details);
      return result;
    }
  }

  /**
   * The feed as the producer's items, each handed over at its time when a rate is set, and the
   * moment it was handed over kept by id: the producer stamps the record as it takes it.
   */
  private Iterator<Input> paced(Feed feed, long start, Map<String, Long> sentAt, AtomicLong textBytes, AtomicLong handed) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < articles;
      }

      @Override
      public Input next() {
        Feed.Item item = feed.next();
        if (rate != null) {
          long due = start + (long) (next / rate * 1e9);
          for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
          }
        }
        next++;
        handed.incrementAndGet();
        textBytes.addAndGet((item.title() + "\n\n" + item.text()).getBytes(StandardCharsets.UTF_8).length);
        sentAt.put(ArticleIds.fromUrl(item.url()), System.currentTimeMillis());
        ArticleDraft draft = new ArticleDraft(item.url(), item.source(), item.title(), item.text(), null, null, Map.of());
        return new Input.Article("bench[" + (next - 1) + "]", "application/json", draft, item.text());
      }
    };
  }

  /** The end offset of every partition of every topic but the broker's own (__*). */
  private static Map<TopicPartition, Long> endOffsets(String bootstrap) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      List<String> topics = admin.listTopics().names().get().stream().filter(t -> !t.startsWith("__")).toList();
      Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
      admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
          description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
      Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
      admin.listOffsets(latest).all().get().forEach((tp, info) -> offsets.put(tp, info.offset()));
      return offsets;
    }
  }

  private static long offsetDelta(Map<TopicPartition, Long> before, Map<TopicPartition, Long> after) {
    return after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The JSON object {p50, p95, p99} of latencies. */
  private static Map<String, Object> percentiles(Latencies latencies) {
    return ordered("p50", latencies.percentile(50), "p95", latencies.percentile(95), "p99", latencies.percentile(99));
  }

  /** A JSON object whose fields keep the order given: keys and values alternating. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Deletes a temporary data directory; what cannot be deleted stays (dedup-eval uses it too). */
  static void deleteQuietly(Path dir) {
    try {
      deleteRecursively(dir);
    } catch (IOException | UncheckedIOException e) {
      // The process is ending, with the broker still writing: what is left is in the temporary directory.
    }
  }

  private void status(String format, Object... args) {
    spec.commandLine().getErr().println("newsstream bench: " + String.format(format, args));
    spec.commandLine().getErr().flush();
  }
}
