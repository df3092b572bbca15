package io.newsstream.launcher;

import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Watches the output topics for the verdict on each article of one run: every record on news.raw.v1
 * ends as exactly one unique article, one duplicate notice or one reject. Positions are taken at the
 * end of the topics before the run sends anything, so earlier runs' records are not counted.
 *
 * <p>A verdict can change once more: when an earlier-ranked copy of a published article is decided
 * after it, the article is retracted (a tombstone on news.articles.v1) and a notice takes its place.
 * The counts follow: a tombstone takes back the article it withdraws.
 */
final class VerdictWatch implements AutoCloseable {
  private static final String PRODUCER_STAGE = "producer";
  /** Retractions follow a verdict within a few commits; this long without news means none is coming. */
  private static final Duration SETTLED = Duration.ofSeconds(2);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Deserializer<EnrichedArticle> articles;
  private final Deserializer<DuplicateNotice> duplicates;
  private final Deserializer<RejectedInput> rejects;

  private long articleCount;
  private long duplicateCount;
  private long rejectedCount;
  /** Language of each article published and not retracted. */
  private final Map<String, String> published = new HashMap<>();
  /** The latest notice on each duplicate id. */
  private final Map<String, DuplicateNotice> notices = new HashMap<>();
  private final Set<String> rejectedIds = new HashSet<>();

  VerdictWatch(String bootstrapServers, SchemaRegistryClient registry) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                // Only what the exactly-once pipeline committed is a verdict.
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    articles = AvroSerdes.forClass(EnrichedArticle.class, registry, false, false).deserializer();
    duplicates = AvroSerdes.forClass(DuplicateNotice.class, registry, false, false).deserializer();
    rejects = AvroSerdes.forClass(RejectedInput.class, registry, false, false).deserializer();
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(Topics.ARTICLES, Topics.DUPLICATES, Topics.DLQ)) {
      consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    // seekToEnd is lazy: resolve the positions now, before the run produces anything.
    partitions.forEach(consumer::position);
  }

  /**
   * Waits until {@code expected} verdicts on the given article ids have arrived and no retraction
   * has followed for a moment, or the timeout.
   *
   * @return true when all arrived
   */
  boolean await(Collection<String> articleIds, long expected, Duration timeout, Runnable onProgress) {
    Set<String> ids = new HashSet<>(articleIds);
    long deadline = System.nanoTime() + timeout.toNanos();
    long quietSince = System.nanoTime();
    while (verdicts() < expected || System.nanoTime() - quietSince < SETTLED.toNanos()) {
      if (System.nanoTime() > deadline) {
        return verdicts() >= expected;
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        if (count(record, ids)) {
          quietSince = System.nanoTime();
        }
      }
      onProgress.run();
    }
    return true;
  }

  /** Counts a record on one of the run's ids; false when it is about another id. */
  private boolean count(ConsumerRecord<byte[], byte[]> record, Set<String> ids) {
    switch (record.topic()) {
      case Topics.ARTICLES -> {
        String id = new String(record.key(), StandardCharsets.UTF_8);
        if (!ids.contains(id)) {
          return false;
        }
        EnrichedArticle article = articles.deserialize(record.topic(), record.value());
        if (article == null) {
          // Retracted: its verdict is now the notice that comes with the tombstone.
          if (published.remove(id) != null) {
            articleCount--;
          }
        } else {
          articleCount++;
          published.put(id, article.getLanguage());
        }
      }
      case Topics.DUPLICATES -> {
        String id = new String(record.key(), StandardCharsets.UTF_8);
        if (!ids.contains(id)) {
          return false;
        }
        DuplicateNotice notice = duplicates.deserialize(record.topic(), record.value());
        if (notice == null) {
          // A corrected text that is unique after all: its article comes instead.
          notices.remove(id);
          duplicateCount--;
        } else {
          notices.put(id, notice);
          duplicateCount++;
        }
      }
      case Topics.DLQ -> {
        RejectedInput reject = rejects.deserialize(record.topic(), record.value());
        // The producer's own rejects are counted by the producer; these are the pipeline's.
        if (reject == null
            || reject.getStage().equals(PRODUCER_STAGE)
            || reject.getArticleId() == null
            || !ids.contains(reject.getArticleId())) {
          return false;
        }
        rejectedCount++;
        rejectedIds.add(reject.getArticleId());
      }
      default -> throw new IllegalStateException("not watching " + record.topic());
    }
    return true;
  }

  long verdicts() {
    return articleCount + duplicateCount + rejectedCount;
  }

  long articles() {
    return articleCount;
  }

  long duplicates() {
    return duplicateCount;
  }

  long rejected() {
    return rejectedCount;
  }

  /** Published articles by language. */
  Map<String, Long> languages() {
    Map<String, Long> byLanguage = new TreeMap<>();
    published.values().forEach(language -> byLanguage.merge(language, 1L, Long::sum));
    return byLanguage;
  }

  /** Where the article under this id stands: published, a duplicate, rejected, or null if undecided. */
  Verdict verdictOf(String id) {
    if (published.containsKey(id)) {
      return new Verdict("unique", null, null, null);
    }
    DuplicateNotice notice = notices.get(id);
    if (notice != null) {
      return new Verdict("duplicate", notice.getCanonicalId(), notice.getKind().name(), notice.getSimilarity());
    }
    return rejectedIds.contains(id) ? new Verdict("rejected", null, null, null) : null;
  }

  /**
   * @param verdict unique, duplicate or rejected
   * @param canonicalId for duplicates: the article it duplicates
   * @param kind for duplicates: EXACT or NEAR
   * @param similarity for duplicates: the estimated Jaccard similarity
   */
  record Verdict(String verdict, String canonicalId, String kind, Double similarity) {}

  @Override
  public void close() {
    consumer.close();
  }
}
