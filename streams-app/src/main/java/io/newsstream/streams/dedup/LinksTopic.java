package io.newsstream.streams.dedup;

import io.newsstream.schema.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topic that carries messages between the partitions of de-duplication (see {@link
 * Deduplicator}). Kafka Streams creates the internal topics it names itself, but a loop needs a
 * topic of the app's own: created here with as many partitions as news.raw.v1, since a message
 * keyed by an article id must reach the partition where that article's verdict is.
 */
public final class LinksTopic {
  private static final Logger LOG = LoggerFactory.getLogger(LinksTopic.class);

  private LinksTopic() {}

  /**
   * Checks that the topic exists with the partitions it needs, creating it if it does not (another
   * instance may be creating it at the same time), and waits until the brokers list it: the
   * streams app, started right after, would stop on a missing source topic.
   *
   * @param replicationFactor as for the app's internal topics; -1 takes the broker's default
   * @param retention how long signals are kept: as long as the de-duplication state, so that a
   *     signal still unread after a long stop is not lost
   * @return the partitions of both
   * @throws IllegalStateException if news.raw.v1 is missing or the topic has other partitions
   */
  public static int ensure(Admin admin, String topic, int replicationFactor, Duration retention)
      throws InterruptedException {
    int partitions = partitionsOf(admin, Topics.RAW.name())
        .orElseThrow(() -> new IllegalStateException(
            Topics.RAW.name() + " does not exist: create the topics first (`newsstream run` does)"));
    if (partitionsOf(admin, topic).isEmpty()) {
      create(admin, topic, partitions, replicationFactor, retention);
    }
    int existing = awaitListed(admin, topic);
    if (existing != partitions) {
      throw new IllegalStateException(topic + " has " + existing + " partitions and " + Topics.RAW.name() + " has "
          + partitions + "; they must be equal, so that an article's signals reach the partition its "
          + "de-duplication state is on. With every instance stopped, delete " + topic
          + " (signals not yet read are lost) and start again.");
    }
    return partitions;
  }

  private static void create(Admin admin, String topic, int partitions, int replicationFactor, Duration retention)
      throws InterruptedException {
    Optional<Short> replicas = replicationFactor < 0 ? Optional.empty() : Optional.of((short) replicationFactor);
    NewTopic links = new NewTopic(topic, Optional.of(partitions), replicas)
        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention.toMillis())));
    try {
      admin.createTopics(List.of(links)).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("could not create " + topic + ": " + e.getCause().getMessage(), e);
      }
    }
  }

  /** The topic's partition count, once the brokers list it. */
  private static int awaitListed(Admin admin, String topic) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Optional<Integer> partitions;
    while ((partitions = partitionsOf(admin, topic)).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(topic + " was created but the brokers do not list it after 30 s");
      }
      Thread.sleep(100);
    }
    return partitions.get();
  }

  /**
   * The topic's partition count, or empty if it does not exist. A cluster that does not answer is
   * waited for, as Kafka Streams itself would: an app started before its brokers starts with them.
   */
  private static Optional<Integer> partitionsOf(Admin admin, String topic) throws InterruptedException {
    while (true) {
      try {
        return Optional.of(admin.describeTopics(List.of(topic), new DescribeTopicsOptions().timeoutMs(10_000))
            .allTopicNames().get().get(topic).partitions().size());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UnknownTopicOrPartitionException) {
          return Optional.empty();
        }
        if (!(e.getCause() instanceof TimeoutException)) {
          throw new IllegalStateException("could not describe " + topic + ": " + e.getCause().getMessage(), e);
        }
        LOG.warn("Kafka does not answer ({}); the streams app starts when it does, retrying", e.getCause().getMessage());
      }
    }
  }
}
