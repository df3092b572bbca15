package io.newsstream.api;

import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Throughput and consumer lag of this instance, from the Kafka Streams client's own metrics.
 *
 * <p>Why these two: they answer "is it keeping up?". process-rate is what the stream threads
 * process per second (averaged over Kafka's metric window, 30 s by default); records-lag is how far
 * each input partition's consumer position is behind its end. The restore consumer's lag is left
 * out: it measures state restoration, not input waiting to be processed.
 */
final class StreamsRates {
  private StreamsRates() {}

  /** Records processed per second by all stream threads of this instance. */
  static double throughput(KafkaStreams streams) {
    return sum(streams.metrics(), "stream-thread-metrics", "process-rate", false);
  }

  /** Records waiting in the input partitions this instance consumes. */
  static double consumerLag(KafkaStreams streams) {
    return sum(streams.metrics(), "consumer-fetch-manager-metrics", "records-lag", true);
  }

  static double sum(Map<MetricName, ? extends Metric> metrics, String group, String name, boolean perPartition) {
    double total = 0;
    for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
      MetricName metric = entry.getKey();
      if (!metric.group().equals(group) || !metric.name().equals(name)) {
        continue;
      }
      String client = metric.tags().getOrDefault("client-id", "");
      if (client.endsWith("restore-consumer") || (perPartition && !metric.tags().containsKey("partition"))) {
        continue;
      }
      if (entry.getValue().metricValue() instanceof Number number && Double.isFinite(number.doubleValue())) {
        total += number.doubleValue();
      }
    }
    return total;
  }
}
