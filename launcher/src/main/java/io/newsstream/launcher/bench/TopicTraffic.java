package io.newsstream.launcher.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Records and bytes that the Kafka producers of this process sent, per topic: the producer's own
 * counters ({@code producer-topic-metrics}: {@code record-send-total}, {@code byte-total}), read over
 * JMX, where every Kafka client registers them: the streams app's producers, the news producer and
 * the registry's alike. They count data records only, the same whether a topic is a repartition,
 * changelog or output topic; the transaction markers and consumer offsets that exactly-once adds
 * are written by the broker and are not in them. Bytes are record batches as sent, which is as the
 * broker stores them: record overhead included, compressed where the producer compresses (the news
 * producer does, with zstd; the streams app's producers do not).
 *
 * @param byTopic records and bytes per topic, summed over clients
 */
public record TopicTraffic(Map<String, Counts> byTopic) {
  private static final String PATTERN = "kafka.producer:type=producer-topic-metrics,client-id=*,topic=*";

  /** @param records records sent; @param bytes bytes sent */
  public record Counts(double records, double bytes) {
    Counts plus(Counts other) {
      return new Counts(records + other.records, bytes + other.bytes);
    }

    Counts minus(Counts other) {
      return new Counts(records - other.records, bytes - other.bytes);
    }
  }

  /** What every producer of this process has sent so far, per client and topic. */
  public static Snapshot snapshot() {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    Map<String, Counts> byClientAndTopic = new HashMap<>();
    try {
      for (ObjectName name : server.queryNames(new ObjectName(PATTERN), null)) {
        Counts counts = new Counts(
            ((Number) server.getAttribute(name, "record-send-total")).doubleValue(),
            ((Number) server.getAttribute(name, "byte-total")).doubleValue());
        byClientAndTopic.put(name.getKeyProperty("client-id") + "\u0000" + name.getKeyProperty("topic"), counts);
      }
    } catch (JMException e) {
      throw new IllegalStateException("could not read the Kafka producers' metrics: " + e.getMessage(), e);
    }
    return new Snapshot(byClientAndTopic);
  }

  /**
   * Producers' counters at one moment, per client and topic. A producer closed between two
   * snapshots takes its counters with it, so take the later one before closing anything.
   */
  public record Snapshot(Map<String, Counts> byClientAndTopic) {
    /** What was sent between {@code earlier} and this snapshot, per topic. */
    public TopicTraffic since(Snapshot earlier) {
      Map<String, Counts> byTopic = new TreeMap<>();
      byClientAndTopic.forEach((key, counts) -> {
        String topic = key.substring(key.indexOf('\u0000') + 1);
        Counts sent = counts.minus(earlier.byClientAndTopic.getOrDefault(key, new Counts(0, 0)));
        byTopic.merge(topic, sent, Counts::plus);
      });
      return new TopicTraffic(byTopic);
    }
  }

  /** Records and bytes to the topics whose name passes {@code filter}. */
  public Counts total(Predicate<String> filter) {
    return byTopic.entrySet().stream()
        .filter(e -> filter.test(e.getKey()))
        .map(Map.Entry::getValue)
        .reduce(new Counts(0, 0), Counts::plus);
  }
}
