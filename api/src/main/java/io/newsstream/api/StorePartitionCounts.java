package io.newsstream.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * How many partitions each store has: those of its changelog topic,
 * {@code <application.id>-<store>-changelog}, asked of the cluster once and then remembered.
 *
 * <p>Why: an "all" query is complete only when every partition 0..n-1 answered. What the instances
 * answer cannot tell n: if the highest partitions have no owner right now (a rebalance, an
 * instance gone), the answered ones are still 0..k without a gap. The changelog has as many
 * partitions as the store, and that number does not change while the app runs (Kafka Streams
 * refuses input topics whose partition count changed). Every view store logs to a changelog; a
 * store without one cannot be checked and answers 503.
 */
public final class StorePartitionCounts {
  private static final long DESCRIBE_TIMEOUT_MS = 3_000;

  private final Admin admin;
  private final String applicationId;
  private final Map<String, Integer> known = new ConcurrentHashMap<>();

  /** For the stores of {@code streams}, asking with {@code admin}, which the caller closes. */
  public StorePartitionCounts(Admin admin, KafkaStreams streams) {
    this.admin = admin;
    this.applicationId = applicationId(streams);
  }

  /**
   * The application id of {@code streams}, from its client metric "application-id" (KIP-444): the
   * client does not expose its configuration, and asking the caller again could disagree with it.
   */
  static String applicationId(KafkaStreams streams) {
    for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
      MetricName name = entry.getKey();
      if (name.group().equals("stream-metrics") && name.name().equals("application-id")) {
        return String.valueOf(entry.getValue().metricValue());
      }
    }
    throw new IllegalStateException("the Kafka Streams client has no application-id metric");
  }

  /** The partition count of {@code store}; a 503 while the cluster cannot say. */
  public int of(String store) {
    Integer count = known.get(store);
    if (count != null) {
      return count;
    }
    String topic = changelogTopic(applicationId, store);
    TopicDescription description = AdminAnswers.await(admin.describeTopics(List.of(topic)).allTopicNames(),
        DESCRIBE_TIMEOUT_MS, "how many partitions store " + store + " has (topic " + topic + ")").get(topic);
    count = description.partitions().size();
    known.put(store, count);
    return count;
  }

  static String changelogTopic(String applicationId, String store) {
    return applicationId + "-" + store + "-changelog";
  }
}
