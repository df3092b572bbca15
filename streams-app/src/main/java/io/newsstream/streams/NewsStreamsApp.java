package io.newsstream.streams;

import io.newsstream.schema.Topics;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.serde.SerdeConfig;
import io.newsstream.streams.errors.ExceptionHandlers;
import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.enrich.Enricher;
import io.newsstream.streams.dedup.LinksTopic;
import io.newsstream.language.LanguageDetector;
import io.newsstream.streams.topology.NewsTopology;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The newsstream Kafka Streams application: {@link NewsTopology} on a cluster, with safe defaults. */
public final class NewsStreamsApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NewsStreamsApp.class);

  /**
   * How often the app commits. Under exactly-once a commit ends a transaction, and a record is read
   * downstream (by the next stage through an internal topic, or by a consumer) only then. A verdict
   * takes three such hops (the article's sketch out to the partitions owning its bands, their
   * answers back, the result out), so the interval is Kafka's exactly-once default, 100 ms: a
   * verdict within a second under load, measured with {@code newsstream bench} (docs/performance.md).
   */
  static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);

  private final StreamsSettings settings;
  private final Properties config;
  private final String linksTopic;
  private final Topology topology;
  private final KafkaStreams streams;
  private final CompletableFuture<Void> running = new CompletableFuture<>();

  /**
   * Loads the language models (seconds, with high accuracy), creates the links topic if need be
   * (news.raw.v1 must exist: its partitions are the app's) and builds the app; {@link #start()} runs it.
   */
  public NewsStreamsApp(StreamsSettings settings) {
    SchemaRegistryClient registry = new HttpSchemaRegistryClient(settings.schemaRegistryUrl(), settings.kafkaOverrides());
    long loading = System.nanoTime();
    LanguageDetector detector = new LanguageDetector(settings.languageAccuracy());
    LOG.info("language models loaded ({} accuracy) in {} ms", settings.languageAccuracy(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loading));
    Enricher enricher = new Enricher();
    Properties config = streamsConfig(settings, registry);
    this.settings = settings;
    this.config = config;
    this.linksTopic = NewsTopology.linksTopic(config);
    int partitions = ensureLinksTopic();
    topology = new NewsTopology(registry, detector, enricher, nearDuplicates(settings), settings.dedupRetention(),
        partitions).build(config);
    streams = new KafkaStreams(topology, config);
    streams.setStateListener((now, before) -> {
      LOG.info("streams state {} -> {}", before, now);
      if (now == KafkaStreams.State.RUNNING) {
        running.complete(null);
      } else if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.PENDING_ERROR) {
        running.completeExceptionally(new IllegalStateException("the streams app failed; the log says why"));
      }
    });
    streams.setUncaughtExceptionHandler(e -> {
      // Bad records go to the DLQ; what reaches this handler is a fault of the app, the cluster or
      // the registry. A new thread would meet it again, so the instance stops and says why.
      LOG.error("newsstream streams app: unexpected error, shutting this instance down "
          + "(bad records would have gone to the DLQ, so this is a fault of the app or the cluster)", e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
  }

  /**
   * The streams configuration: safe defaults first, the settings' Kafka overrides last (they win).
   * Public so that tests run the topology with the configuration the app runs it with.
   */
  public static Properties streamsConfig(StreamsSettings settings, SchemaRegistryClient registry) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    config.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.replicationFactor());
    // Each article is read, de-duplicated and published exactly once, even across crashes.
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    config.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL.toMillis());
    // Cleaning, language detection and enrichment are CPU-bound: a stream thread per core, the
    // partitions' tasks spread over them.
    config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
    // News texts compress several times over: fewer bytes to the brokers, on disk and to replicas.
    config.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    // Articles may carry up to 2 MiB of text: room for them in requests and internal topics alike.
    config.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_MESSAGE_BYTES);
    config.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), Topics.MAX_MESSAGE_BYTES);
    // An unnamed store or internal topic fails the build instead of getting a generated name that
    // changes when the topology does.
    config.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    // The views read news.articles.v1 and news.duplicates.v1 as tables: compacted, those topics are
    // their stores' changelogs, not a second copy of every article in one more topic.
    config.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS);
    config.put(SerdeConfig.SCHEMA_REGISTRY_URL, settings.schemaRegistryUrl());
    config.putAll(ExceptionHandlers.config(registry));
    config.putAll(settings.kafkaOverrides());
    return config;
  }

  /**
   * Creates the app's own links topic if need be, before the topology is built: de-duplication
   * shares its bands out among the partitions, so it must know how many there are.
   */
  private int ensureLinksTopic() {
    // The admin settings Kafka Streams itself would use, admin.-prefixed overrides included.
    try (Admin admin = Admin.create(new StreamsConfig(config).getAdminConfigs(settings.applicationId() + "-links"))) {
      return LinksTopic.ensure(admin, linksTopic, settings.replicationFactor(), settings.dedupRetention());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating " + linksTopic, e);
    }
  }

  /** Starts processing. */
  public void start() {
    streams.start();
  }

  /**
   * Waits until the app is processing.
   *
   * @throws IllegalStateException if it failed, or did not get there within the timeout
   */
  public void awaitRunning(Duration timeout) throws InterruptedException {
    try {
      running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw (IllegalStateException) e.getCause();
    } catch (TimeoutException e) {
      throw new IllegalStateException("the streams app is not running after " + timeout + "; it is " + streams.state());
    }
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  private static NearDuplicateDetector nearDuplicates(StreamsSettings settings) {
    return new NearDuplicateDetector(
        NearDuplicateDetector.Settings.standard().withThreshold(settings.nearDuplicateThreshold()));
  }

  /** The topology it runs, for describing it. */
  public Topology topology() {
    return topology;
  }

  /** The Kafka Streams client, for interactive queries of the state stores. */
  public KafkaStreams kafkaStreams() {
    return streams;
  }

  @Override
  public void close() {
    // Leaving the group hands this instance's partitions to the others at once, rather than after
    // the session timeout: an instance stopped on purpose is not coming back with the same id.
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
  }
}
