package io.newsstream.launcher;

import io.newsstream.dlq.DeadLetters;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.SchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@link VerdictTally} keeps the verdicts as they end.
 */
final class VerdictWatch implements AutoCloseable {
  /** Retractions follow a verdict within a few commits; this long without news means none is coming. */
  private static final Duration SETTLED = Duration.ofSeconds(2);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Deserializer<EnrichedArticle> articles;
  private final Deserializer<DuplicateNotice> duplicates;
  private final Deserializer<RejectedInput> rejects;

  /** @param kafkaOverrides client properties (security and the like) for its consumer */
  VerdictWatch(String bootstrapServers, SchemaRegistryClient registry, Map<String, String> kafkaOverrides) {
    Map<String, Object> config = new HashMap<>(kafkaOverrides);
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    // Only what the exactly-once pipeline committed is a verdict.
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned, not in a group
    consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    articles = Topics.ARTICLES.valueDeserializer(registry);
    duplicates = Topics.DUPLICATES.valueDeserializer(registry);
    rejects = Topics.DLQ.valueDeserializer(registry);
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(Topics.ARTICLES.name(), Topics.DUPLICATES.name(), Topics.DLQ.name())) {
      consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    // seekToEnd is lazy: resolve the positions now, before the run produces anything.
    partitions.forEach(consumer::position);
  }

  /**
   * Reads verdicts into {@code tally} until every send has one and nothing has changed for a
   * moment (a retraction may follow a verdict), or the timeout.
   *
   * @param expected how many sends to wait for
   * @return true when all arrived
   */
  boolean await(VerdictTally tally, long expected, Duration timeout, Runnable onProgress) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long quietSince = System.nanoTime();
    while (tally.decided() < expected || System.nanoTime() - quietSince < SETTLED.toNanos()) {
      if (System.nanoTime() > deadline) {
        return tally.decided() >= expected;
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        if (fold(record, tally)) {
          quietSince = System.nanoTime();
        }
      }
      onProgress.run();
    }
    return true;
  }

  /** Tells the tally what a record says about one of the run's ids; false when it is about another. */
  private boolean fold(ConsumerRecord<byte[], byte[]> record, VerdictTally tally) {
    switch (record.topic()) {
      case Topics.Names.ARTICLES -> {
        String id = new String(record.key(), StandardCharsets.UTF_8);
        if (!tally.concerns(id)) {
          return false;
        }
        EnrichedArticle article = articles.deserialize(record.topic(), record.value());
        if (article == null) {
          tally.retracted(id);
        } else {
          tally.published(id, article.getLanguage());
        }
      }
      case Topics.Names.DUPLICATES -> {
        String id = new String(record.key(), StandardCharsets.UTF_8);
        if (!tally.concerns(id)) {
          return false;
        }
        DuplicateNotice notice = duplicates.deserialize(record.topic(), record.value());
        if (notice == null) {
          tally.noticeWithdrawn(id);
        } else {
          tally.notice(id, notice);
        }
      }
      case Topics.Names.DLQ -> {
        RejectedInput reject = rejects.deserialize(record.topic(), record.value());
        // The producer's own rejects are counted by the producer; these are the pipeline's.
        if (reject == null
            || reject.getStage().equals(DeadLetters.PRODUCER_STAGE)
            || reject.getArticleId() == null
            || !tally.concerns(reject.getArticleId())) {
          return false;
        }
        tally.rejected(reject.getArticleId());
      }
      default -> throw new IllegalStateException("not watching " + record.topic());
    }
    return true;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
