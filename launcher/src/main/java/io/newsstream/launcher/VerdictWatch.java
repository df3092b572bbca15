package io.newsstream.launcher;

import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
 */
final class VerdictWatch implements AutoCloseable {
  private static final String PRODUCER_STAGE = "producer";

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Deserializer<EnrichedArticle> articles;
  private final Deserializer<DuplicateNotice> duplicates;
  private final Deserializer<RejectedInput> rejects;

  private long articleCount;
  private long duplicateCount;
  private long rejectedCount;
  private final Map<String, Long> languages = new TreeMap<>();

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
   * Waits until {@code expected} verdicts on the given article ids have arrived, or the timeout.
   *
   * @return true when all arrived
   */
  boolean await(Collection<String> articleIds, long expected, Duration timeout, Runnable onProgress) {
    Set<String> ids = new HashSet<>(articleIds);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (verdicts() < expected) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        count(record, ids);
      }
      onProgress.run();
    }
    return true;
  }

  private void count(ConsumerRecord<byte[], byte[]> record, Set<String> ids) {
    switch (record.topic()) {
      case Topics.ARTICLES -> {
        EnrichedArticle article = articles.deserialize(record.topic(), record.value());
        if (article != null && ids.contains(article.getId())) {
          articleCount++;
          languages.merge(article.getLanguage(), 1L, Long::sum);
        }
      }
      case Topics.DUPLICATES -> {
        DuplicateNotice notice = duplicates.deserialize(record.topic(), record.value());
        if (notice != null && ids.contains(notice.getDuplicateId())) {
          duplicateCount++;
        }
      }
      case Topics.DLQ -> {
        RejectedInput reject = rejects.deserialize(record.topic(), record.value());
        // The producer's own rejects are counted by the producer; these are the pipeline's.
        if (reject != null
            && !reject.getStage().equals(PRODUCER_STAGE)
            && reject.getArticleId() != null
            && ids.contains(reject.getArticleId())) {
          rejectedCount++;
        }
      }
      default -> throw new IllegalStateException("not watching " + record.topic());
    }
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

  Map<String, Long> languages() {
    return languages;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
