package io.newsstream.api;

import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Throughput of this instance, from the Kafka Streams client's own metrics: process-rate is what
 * the stream threads process per second (averaged over Kafka's metric window, 30 s by default).
 * The lag is not taken from the metrics: see {@link Backlog}.
 */
final class StreamsRates {
  private StreamsRates() {}

  /** Records processed per second by all stream threads of this instance. */
  static double throughput(KafkaStreams streams) {
    return sum(streams.metrics(), "stream-thread-metrics", "process-rate");
  }

  static double sum(Map<MetricName, ? extends Metric> metrics, String group, String name) {
    double total = 0;
    for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
      MetricName metric = entry.getKey();
      if (!metric.group().equals(group) || !metric.name().equals(name)) {
        continue;
      }
      if (entry.getValue().metricValue() instanceof Number number && Double.isFinite(number.doubleValue())) {
        total += number.doubleValue();
      }
    }
    return total;
  }
}
