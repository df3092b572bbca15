package io.newsstream.streams.topology;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.enrich.Enricher;
import io.newsstream.language.LanguageDetector;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.InMemorySchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.NewsStreamsApp;
import io.newsstream.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/** {@link NewsTopology} in a TopologyTestDriver, with the app's configuration and an in-memory registry. */
final class NewsTopologyDriver implements AutoCloseable {
  static final Instant START = Instant.parse("2024-05-02T09:00:00Z");
  /** Immutable; loading its dictionaries once is enough for all tests. */
  private static final Enricher ENRICHER = new Enricher();
  /** One detector for every topology test in the JVM: loading the models takes seconds and hundreds of MB. */
  private static final LanguageDetector DETECTOR = new LanguageDetector(LanguageDetector.Accuracy.HIGH);

  final SchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  final Properties config;
  final Topology topology;
  final TopologyTestDriver driver;
  final TestInputTopic<String, RawArticle> raw;
  final TestInputTopic<String, byte[]> rawBytes;
  final TestOutputTopic<String, EnrichedArticle> articles;
  final TestOutputTopic<String, DuplicateNotice> duplicates;
  final TestOutputTopic<String, RejectedInput> dlq;

  NewsTopologyDriver(Path stateDir, Duration dedupRetention) {
    config =
        NewsStreamsApp.streamsConfig(
            StreamsSettings.defaults("localhost:9092", "http://registry.invalid", stateDir)
                .withDedupRetention(dedupRetention)
                // The driver loses what a deserialization handler sends inside a transaction (it
                // clears its mock producer's uncommitted sends before committing). It processes one
                // record at a time, so exactly-once adds nothing here; NewsStreamsAppIT runs the app
                // exactly-once on a real broker.
                .withKafkaOverrides(Map.of(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE)),
            registry);
    topology = new NewsTopology(registry, DETECTOR, ENRICHER, NearDuplicateDetector.standard(), dedupRetention, 1).build(config);
    driver = new TopologyTestDriver(topology, config, START);
    raw = driver.createInputTopic(Topics.RAW, new StringSerializer(), avro(RawArticle.class).serializer());
    rawBytes = driver.createInputTopic(Topics.RAW, new StringSerializer(), new ByteArraySerializer());
    articles = output(Topics.ARTICLES, EnrichedArticle.class);
    duplicates = output(Topics.DUPLICATES, DuplicateNotice.class);
    dlq = output(Topics.DLQ, RejectedInput.class);
  }

  NewsTopologyDriver(Path stateDir) {
    this(stateDir, StreamsSettings.DEFAULT_DEDUP_RETENTION);
  }

  static RawArticle article(String id, String text) {
    return RawArticle.newBuilder().setId(id).setText(text).setFetchedAt(START).build();
  }

  /** Sends an article keyed by its id, fetched at an event time (the record's time too). */
  void send(RawArticle article, Instant eventTime) {
    raw.pipeInput(article.getId(), RawArticle.newBuilder(article).setFetchedAt(eventTime).build(), eventTime);
  }

  void send(RawArticle article) {
    send(article, START);
  }

  private <T extends SpecificRecord> TestOutputTopic<String, T> output(String topic, Class<T> type) {
    Deserializer<T> values = avro(type).deserializer();
    return driver.createOutputTopic(topic, new StringDeserializer(), values);
  }

  private <T extends SpecificRecord> io.newsstream.serde.AvroSerde<T> avro(Class<T> type) {
    return AvroSerdes.forClass(type, registry, false, true);
  }

  @Override
  public void close() {
    driver.close();
  }
}
