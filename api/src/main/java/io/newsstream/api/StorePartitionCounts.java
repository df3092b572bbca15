package io.newsstream.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
public final class StorePartitionCounts implements AutoCloseable {
  private static final long DESCRIBE_TIMEOUT_MS = 3_000;

  private final Admin admin;
  private final String applicationId;
  private final Map<String, Integer> known = new ConcurrentHashMap<>();

  StorePartitionCounts(Admin admin, String applicationId) {
    this.admin = admin;
    this.applicationId = applicationId;
  }

  /**
   * For the stores of {@code streams}, with an Admin client of its own; close it with the app.
   *
   * @param adminConfig the cluster: {@code bootstrap.servers} and any security properties
   */
  public static StorePartitionCounts create(KafkaStreams streams, Map<String, Object> adminConfig) {
    Map<String, Object> config = new HashMap<>();
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsstream-api-partitions");
    config.putAll(adminConfig);
    return new StorePartitionCounts(Admin.create(config), applicationId(streams));
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
    try {
      TopicDescription description =
          admin.describeTopics(List.of(topic)).allTopicNames().get(DESCRIBE_TIMEOUT_MS, TimeUnit.MILLISECONDS).get(topic);
      count = description.partitions().size();
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      throw ApiException.unavailable("cannot tell how many partitions store " + store + " has (topic "
          + topic + "): " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("interrupted while asking for the partitions of " + topic, e);
    }
    known.put(store, count);
    return count;
  }

  static String changelogTopic(String applicationId, String store) {
    return applicationId + "-" + store + "-changelog";
  }

  @Override
  public void close() {
    admin.close(java.time.Duration.ofSeconds(5));
  }
}
