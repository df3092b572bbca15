package io.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.dedup.LinksTopic;
import io.newsstream.language.LanguageDetector;
import io.newsstream.streams.topology.UpdatedStory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app on a real embedded broker with a real registry, exactly-once as in production. */
class NewsStreamsAppIT {
  static final String RUSSIAN =
      "В Астане прошла очередная сессия Ассамблеи народа Казахстана. Участники обсудили вопросы "
          + "межэтнического согласия и укрепления единства общества.";

  private static final int PARTITIONS = 2;

  @TempDir Path dataDir;

  @Test
  void everyRawRecordGetsItsVerdictOnTheOutputTopics() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), 0, Map.of());
        SchemaRegistryServer registryServer = SchemaRegistryServer.start(broker.bootstrapServers(), 0, (short) 1)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        Topics.ensureExist(admin, PARTITIONS, (short) 1);
      }
      SchemaRegistryClient registry = new HttpSchemaRegistryClient(registryServer.url());
      StreamsSettings settings =
          StreamsSettings.defaults(broker.bootstrapServers(), registryServer.url(), dataDir.resolve("streams"))
              .withReplicationFactor(1)
              .withLanguageAccuracy(LanguageDetector.Accuracy.LOW);
      try (NewsStreamsApp app = new NewsStreamsApp(settings)) {
        app.start();
        app.awaitRunning(Duration.ofSeconds(60));

        Serializer<RawArticle> raw = AvroSerdes.forClass(RawArticle.class, registry, false, true).serializer();
        Verdicts verdicts = new Verdicts(registry);
        Map<String, String> expected = new TreeMap<>(Map.of("junk-1", "rejected", "ru-1", "article",
            "ru-2", "duplicate of ru-1", "morning", "article", "full", "duplicate of morning",
            "evening", "duplicate of morning"));
        // The chain's links cross partitions: evening names full, on the other partition, which
        // must tell it of morning through the links topic.
        assertThat(partitionOf("full")).isNotEqualTo(partitionOf("evening"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
            KafkaConsumer<String, byte[]> consumer = verdictConsumer(broker)) {
          send(producer, "ru-1", raw.serialize(Topics.RAW, article("ru-1", RUSSIAN, Instant.now())));
          send(producer, "ru-2", raw.serialize(Topics.RAW, article("ru-2", "None\n" + RUSSIAN, Instant.now().plusSeconds(1))));
          verdicts.readUntil(consumer, v -> v.containsKey("ru-1") && v.containsKey("ru-2"));
          // Alone, after the others are done: no other record's processing commits the
          // transaction that carries its DLQ record.
          send(producer, "junk-1", "not avro".getBytes(StandardCharsets.UTF_8));
          // A story updated through the day, arriving newest first: evening, full, morning.
          Instant morning = Instant.now();
          send(producer, "evening", raw.serialize(Topics.RAW, article("evening", UpdatedStory.EVENING, morning.plusSeconds(20))));
          send(producer, "full", raw.serialize(Topics.RAW, article("full", UpdatedStory.FULL, morning.plusSeconds(10))));
          send(producer, "morning", raw.serialize(Topics.RAW, article("morning", UpdatedStory.MORNING, morning)));
          // Copies on different partitions reach the band index in either order: ru-2 may be
          // published and then retracted when ru-1's bands meet it. What counts is where it ends,
          // so the topics are read until the verdicts are the expected ones and then stay so.
          verdicts.readUntil(consumer, expected::equals);
          verdicts.readUntilQuiet(consumer);
        }
        assertThat(verdicts.current()).containsExactlyEntriesOf(expected);
      }
    }
  }

  @Test
  void theLinksTopicGetsTheRawTopicsPartitionsOrTheAppSaysWhyNot() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), 0, Map.of());
        Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      assertThatThrownBy(() -> LinksTopic.ensure(admin, "app-dedup-links", 1, Duration.ofDays(30)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining(Topics.RAW + " does not exist");

      Topics.ensureExist(admin, 3, (short) 1);
      LinksTopic.ensure(admin, "app-dedup-links", 1, Duration.ofDays(30));
      LinksTopic.ensure(admin, "app-dedup-links", 1, Duration.ofDays(30)); // already there, as it should be: nothing to do
      assertThat(admin.describeTopics(List.of("app-dedup-links")).allTopicNames().get()
          .get("app-dedup-links").partitions()).hasSize(3);
      ConfigResource links = new ConfigResource(ConfigResource.Type.TOPIC, "app-dedup-links");
      assertThat(admin.describeConfigs(List.of(links)).all().get().get(links)
          .get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo(String.valueOf(Duration.ofDays(30).toMillis()));

      admin.createTopics(List.of(new NewTopic("other-dedup-links", 1, (short) 1))).all().get();
      assertThatThrownBy(() -> LinksTopic.ensure(admin, "other-dedup-links", 1, Duration.ofDays(30)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("other-dedup-links has 1 partitions and " + Topics.RAW + " has 3");
    }
  }

  /**
   * The verdicts as the output topics say them, each read as a table (latest value per key, a
   * tombstone deletes): order holds within a topic, not across them, so a retraction on the
   * articles topic and the notice that replaces it may be read in either order.
   */
  private static final class Verdicts {
    private final SchemaRegistryClient registry;
    private final Set<String> published = new TreeSet<>();
    private final Map<String, String> duplicateOf = new TreeMap<>();
    private final Set<String> rejected = new TreeSet<>();

    Verdicts(SchemaRegistryClient registry) {
      this.registry = registry;
    }

    /** Each id's verdict; an id on two topics at once shows both, which no final state may. */
    Map<String, String> current() {
      Map<String, String> verdicts = new TreeMap<>();
      rejected.forEach(id -> verdicts.put(id, "rejected"));
      duplicateOf.forEach((id, canonical) -> verdicts.merge(id, "duplicate of " + canonical, (a, b) -> a + " and " + b));
      published.forEach(id -> verdicts.merge(id, "article", (a, b) -> a + " and " + b));
      return verdicts;
    }

    void readUntil(KafkaConsumer<String, byte[]> consumer, Predicate<Map<String, String>> done) {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (!done.test(current()) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(this::fold);
      }
    }

    /** Whatever else arrives until nothing has for three seconds. */
    void readUntilQuiet(KafkaConsumer<String, byte[]> consumer) {
      long quietSince = System.nanoTime();
      while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
        var polled = consumer.poll(Duration.ofMillis(200));
        if (!polled.isEmpty()) {
          polled.forEach(this::fold);
          quietSince = System.nanoTime();
        }
      }
    }

    private void fold(ConsumerRecord<String, byte[]> r) {
      switch (r.topic()) {
        case Topics.ARTICLES -> {
          EnrichedArticle a = decode(EnrichedArticle.class, registry, r);
          if (a == null) {
            published.remove(r.key());
          } else {
            assertThat(a.getLanguage()).isEqualTo("ru");
            published.add(r.key());
          }
        }
        case Topics.DUPLICATES -> {
          DuplicateNotice d = decode(DuplicateNotice.class, registry, r);
          if (d == null) {
            duplicateOf.remove(r.key());
          } else {
            duplicateOf.put(r.key(), d.getCanonicalId());
          }
        }
        default -> {
          RejectedInput j = decode(RejectedInput.class, registry, r);
          assertThat(j.getReason()).isEqualTo("DESERIALIZATION_FAILED");
          rejected.add(j.getArticleId());
        }
      }
    }
  }

  private static int partitionOf(String key) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
  }

  private static <T extends SpecificRecord> T decode(
      Class<T> type, SchemaRegistryClient registry, ConsumerRecord<String, byte[]> record) {
    return AvroSerdes.forClass(type, registry, false, false).deserializer().deserialize(record.topic(), record.value());
  }

  private static RawArticle article(String id, String text, Instant fetchedAt) {
    return RawArticle.newBuilder().setId(id).setText(text).setFetchedAt(fetchedAt).build();
  }

  private static void send(KafkaProducer<String, byte[]> producer, String key, byte[] value) throws Exception {
    producer.send(new ProducerRecord<>(Topics.RAW, key, value)).get();
  }

  private static KafkaConsumer<String, byte[]> verdictConsumer(EmbeddedKafkaBroker broker) {
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "verdicts",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            // Only what the exactly-once app committed counts.
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(List.of(Topics.ARTICLES, Topics.DUPLICATES, Topics.DLQ));
    return consumer;
  }
}
