package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Every record of the verdict topics as a {@code read_committed} reader sees them, to the end:
 * what the crash tests count. Apache Kafka's exactly-once system test ends the same way, with a
 * verifier that reads everything committed and checks each input is in the output exactly once.
 */
final class OutputAudit {
  private static final String TOMBSTONE = "-";

  /** Per id, in order: "A" for an article, {@link #TOMBSTONE} for its retraction. */
  final Map<String, List<String>> articles = new HashMap<>();
  /** Per id, in order: the canonical id of each notice, {@link #TOMBSTONE} for a withdrawal. */
  final Map<String, List<String>> notices = new HashMap<>();
  final Set<String> rejected = new HashSet<>();

  private OutputAudit() {}

  /** Reads news.articles.v1, news.duplicates.v1 and news.dlq.v1 from their start to their committed end. */
  static OutputAudit read(String bootstrap, SchemaRegistryClient registry) {
    Deserializer<DuplicateNotice> notice = AvroSerdes.forClass(DuplicateNotice.class, registry, false, false).deserializer();
    Deserializer<RejectedInput> reject = AvroSerdes.forClass(RejectedInput.class, registry, false, false).deserializer();
    OutputAudit audit = new OutputAudit();
    Map<String, Object> config = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(Topics.Names.ARTICLES, Topics.Names.DUPLICATES, Topics.Names.DLQ)) {
        consumer.partitionsFor(topic, Duration.ofSeconds(30))
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      // Under read_committed the end is the last stable offset: everything committed.
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        assertThat(System.nanoTime()).as("reading the verdict topics to their end").isLessThan(deadline);
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          switch (r.topic()) {
            case Topics.Names.ARTICLES -> audit.articles.computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(r.value() == null ? TOMBSTONE : "A");
            case Topics.Names.DUPLICATES -> audit.notices.computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(r.value() == null ? TOMBSTONE : notice.deserialize(r.topic(), r.value()).getCanonicalId());
            default -> audit.rejected.add(reject.deserialize(r.topic(), r.value()).getArticleId());
          }
        }
      }
    }
    return audit;
  }

  /** The ids whose last word on news.articles.v1 is an article. */
  Set<String> published() {
    return lastNotTombstone(articles);
  }

  /** The ids whose last word on news.duplicates.v1 is a notice. */
  Set<String> duplicates() {
    return lastNotTombstone(notices);
  }

  /**
   * Each sent id has exactly one verdict in the end, and no output was written twice: never an
   * article after an article of the same id without a retraction between them, never the same
   * notice twice in a row. A record processed again after a crash without exactly-once shows as
   * one of these.
   */
  void assertExactlyOnce(Collection<String> sentIds) {
    Set<String> sent = new HashSet<>(sentIds);
    Map<String, Integer> verdicts = new HashMap<>();
    published().forEach(id -> verdicts.merge(id, 1, Integer::sum));
    duplicates().forEach(id -> verdicts.merge(id, 1, Integer::sum));
    rejected.forEach(id -> verdicts.merge(id, 1, Integer::sum));
    assertThat(verdicts.keySet()).as("ids with a verdict").containsExactlyInAnyOrderElementsOf(sent);
    assertThat(verdicts.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList())
        .as("ids with more than one verdict").isEmpty();
    assertThat(repeated(articles)).as("articles written twice in a row").isEmpty();
    assertThat(repeated(notices)).as("notices written twice in a row").isEmpty();
  }

  String summary() {
    return String.format(Locale.ROOT, "%d published, %d duplicates, %d rejected; %d article and %d notice records",
        published().size(), duplicates().size(), rejected.size(),
        articles.values().stream().mapToInt(List::size).sum(), notices.values().stream().mapToInt(List::size).sum());
  }

  private static Set<String> lastNotTombstone(Map<String, List<String>> byId) {
    Set<String> ids = new HashSet<>();
    byId.forEach((id, records) -> {
      if (!records.get(records.size() - 1).equals(TOMBSTONE)) {
        ids.add(id);
      }
    });
    return ids;
  }

  private static List<String> repeated(Map<String, List<String>> byId) {
    List<String> ids = new ArrayList<>();
    byId.forEach((id, records) -> {
      for (int i = 1; i < records.size(); i++) {
        if (!records.get(i).equals(TOMBSTONE) && records.get(i).equals(records.get(i - 1))) {
          ids.add(id + " " + records);
          break;
        }
      }
    });
    return ids;
  }
}
