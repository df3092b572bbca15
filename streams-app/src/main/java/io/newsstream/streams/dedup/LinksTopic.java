package io.newsstream.streams.dedup;

import io.newsstream.schema.Topics;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The topic that carries signals between de-duplication verdicts (see {@link DedupVerdicts}). Kafka
 * Streams creates the internal topics it names itself, but a loop needs a topic of the app's own:
 * created here with as many partitions as news.raw.v1, since a signal keyed by an article id must
 * reach the partition where that article's verdict is, as dedup-by-article does.
 */
public final class LinksTopic {
  private LinksTopic() {}

  /**
   * Creates the topic, or checks that an existing one has the partitions it needs.
   *
   * @param replicationFactor as for the app's internal topics; -1 takes the broker's default
   * @throws IllegalStateException if news.raw.v1 is missing or the topic exists with other partitions
   */
  public static void ensure(Admin admin, String topic, int replicationFactor) throws InterruptedException {
    int partitions = partitionsOf(admin, Topics.RAW)
        .orElseThrow(() -> new IllegalStateException(
            Topics.RAW + " does not exist: create the topics first (`newsstream run` does)"));
    try {
      Optional<Short> replicas = replicationFactor < 0 ? Optional.empty() : Optional.of((short) replicationFactor);
      admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), replicas))).all().get();
      awaitMetadata(admin, topic);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("could not create " + topic + ": " + e.getCause().getMessage(), e);
      }
      int existing = partitionsOf(admin, topic).orElse(partitions);
      if (existing != partitions) {
        throw new IllegalStateException(topic + " has " + existing + " partitions and " + Topics.RAW + " has "
            + partitions + "; they must be equal: with the app stopped, delete " + topic + " (it holds only signals in flight) or "
            + "give " + Topics.RAW + " as many partitions");
      }
    }
  }

  /**
   * Waits until the brokers know the new topic: the streams app, started right after, would
   * otherwise find a source topic missing, which stops it.
   */
  private static void awaitMetadata(Admin admin, String topic) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (partitionsOf(admin, topic).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(topic + " was created but the brokers do not list it after 30 s");
      }
      Thread.sleep(100);
    }
  }

  private static Optional<Integer> partitionsOf(Admin admin, String topic) throws InterruptedException {
    try {
      return Optional.of(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return Optional.empty();
      }
      throw new IllegalStateException("could not describe " + topic + ": " + e.getCause().getMessage(), e);
    }
  }
}
