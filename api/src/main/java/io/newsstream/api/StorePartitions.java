package io.newsstream.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Which partitions of a store each instance holds, read from the topology and the streams metadata.
 *
 * <p>Why: an "all" query must not be silently partial. Kafka Streams' metadata says which source
 * topic partitions each instance works on, not which store partitions; a store's partitions are
 * those of its sub-topology's source topics. Knowing them, the asking instance tells every owner
 * exactly which partitions to answer for, and an owner that no longer holds one (a rebalance moved
 * it, a restore is running) answers 503 instead of leaving it out.
 *
 * <p>This instance's own partitions of a store are read from its active tasks instead: a task is
 * one partition of one sub-topology, so that is exact, pattern subscriptions included, and leaves
 * out the standby replicas, which an active-only query would fail on.
 */
final class StorePartitions {
  private final Map<String, Set<String>> sourceTopicsByStore;
  private final Map<String, Integer> subtopologyByStore;

  StorePartitions(TopologyDescription topology) {
    this.sourceTopicsByStore = sourceTopics(topology);
    this.subtopologyByStore = subtopologies(topology);
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

  /** Store → id of the sub-topology that holds it. */
  static Map<String, Integer> subtopologies(TopologyDescription topology) {
    Map<String, Integer> byStore = new HashMap<>();
    for (TopologyDescription.Subtopology sub : topology.subtopologies()) {
      for (TopologyDescription.Node node : sub.nodes()) {
        if (node instanceof TopologyDescription.Processor processor) {
          processor.stores().forEach(store -> byStore.put(store, sub.id()));
        }
      }
    }
    return byStore;
  }

  /** Whether the topology has {@code store}. */
  boolean inTopology(String store) {
    return subtopologyByStore.containsKey(store);
  }

  /** The partitions of {@code store} that the local threads of {@code threads} run as active tasks. */
  Set<Integer> localActive(String store, Collection<ThreadMetadata> threads) {
    Integer subtopology = subtopologyByStore.get(store);
    Set<Integer> partitions = new TreeSet<>();
    if (subtopology == null) {
      return partitions;
    }
    for (ThreadMetadata thread : threads) {
      for (TaskMetadata task : thread.activeTasks()) {
        if (task.taskId().subtopology() == subtopology) {
          partitions.add(task.taskId().partition());
        }
      }
    }
    return partitions;
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

  /** The partitions of 0..count-1 not in {@code answered}: those no instance answered for. */
  static Set<Integer> missing(Set<Integer> answered, int count) {
    Set<Integer> missing = new TreeSet<>();
    for (int p = 0; p < count; p++) {
      if (!answered.contains(p)) {
        missing.add(p);
      }
    }
    return missing;
  }
}
