package io.newsstream.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Which partitions of a store each instance holds, read from the topology and the streams metadata.
 *
 * <p>Why: an "all" query must not be silently partial. Kafka Streams' metadata says which source
 * topic partitions each instance works on, not which store partitions; a store's partitions are
 * those of its sub-topology's source topics. Knowing them, the asking instance tells every owner
 * exactly which partitions to answer for, and an owner that no longer holds one (a rebalance moved
 * it, a restore is running) answers 503 instead of leaving it out.
 */
final class StorePartitions {
  private final Map<String, Set<String>> sourceTopicsByStore;

  StorePartitions(TopologyDescription topology) {
    this.sourceTopicsByStore = topology == null ? Map.of() : sourceTopics(topology);
  }

  /** Store → source topics of its sub-topology; absent where a pattern subscription hides them. */
  static Map<String, Set<String>> sourceTopics(TopologyDescription topology) {
    Map<String, Set<String>> byStore = new HashMap<>();
    for (TopologyDescription.Subtopology sub : topology.subtopologies()) {
      Set<String> stores = new HashSet<>();
      Set<String> topics = new HashSet<>();
      boolean pattern = false;
      for (TopologyDescription.Node node : sub.nodes()) {
        if (node instanceof TopologyDescription.Processor processor) {
          stores.addAll(processor.stores());
        } else if (node instanceof TopologyDescription.Source source) {
          if (source.topicSet() == null) {
            pattern = true;
          } else {
            topics.addAll(source.topicSet());
          }
        }
      }
      if (!pattern && !topics.isEmpty()) {
        stores.forEach(store -> byStore.put(store, Set.copyOf(topics)));
      }
    }
    return byStore;
  }

  /** Whether {@link #of} can tell; if not, owners answer for whatever they hold. */
  boolean knows(String store) {
    return sourceTopicsByStore.containsKey(store);
  }

  /** The partitions of {@code store} that the instance of {@code metadata} holds as active. */
  Set<Integer> of(String store, StreamsMetadata metadata) {
    Set<String> topics = sourceTopicsByStore.getOrDefault(store, Set.of());
    Set<Integer> partitions = new TreeSet<>();
    for (TopicPartition tp : metadata.topicPartitions()) {
      if (matches(tp.topic(), topics)) {
        partitions.add(tp.partition());
      }
    }
    return partitions;
  }

  // The description names repartition topics without the application id the runtime prefixes.
  private static boolean matches(String topic, Set<String> described) {
    for (String name : described) {
      if (topic.equals(name) || topic.endsWith("-" + name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the partitions 0..n-1 are all there: no partition is left without an owner. */
  static boolean contiguous(Set<Integer> partitions) {
    int expected = 0;
    for (int p : new TreeSet<>(partitions)) {
      if (p != expected++) {
        return false;
      }
    }
    return true;
  }
}
