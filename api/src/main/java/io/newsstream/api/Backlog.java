package io.newsstream.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TopologyDescription;

/**
 * How many records the whole app (every instance) has still to process: for each partition of
 * each topic it reads, the committed end (what {@code read_committed} readers see) minus the
 * group's committed offset, or minus the partition's first offset if the group has none there.
 *
 * <p>Why not the consumer's records-lag metric: it exists only for the partitions an instance has
 * fetched from since it started, so right after a restart it reads 0 with the backlog untouched;
 * and it counts only this instance's partitions. Committed offsets are what a restart resumes
 * from, so the figure here is the work left whoever does it. It includes the topics the views
 * read back and the internal repartition topics: 0 means the outputs and the views are up to date.
 */
public final class Backlog {
  private static final long TIMEOUT_MS = 5_000;
  private static final long RECENT_MS = 2_000;
  private static final String REPARTITION_SUFFIX = "-repartition";
  private static final String QUESTION = "the backlog";

  private final Admin admin;
  private final String applicationId;
  private final Set<String> topics;
  private volatile List<TopicPartition> partitions;
  private volatile Answer recent;

  Backlog(Admin admin, String applicationId, Set<String> topics) {
    this.admin = admin;
    this.applicationId = applicationId;
    this.topics = Set.copyOf(topics);
  }

  /** For the app {@code streams} runs with {@code topology}, asking with {@code admin}, which the caller closes. */
  public static Backlog of(Admin admin, KafkaStreams streams, TopologyDescription topology) {
    String applicationId = StorePartitionCounts.applicationId(streams);
    return new Backlog(admin, applicationId, inputTopics(topology, applicationId));
  }

  /**
   * The topics the topology reads, as the cluster names them: Kafka Streams creates a repartition
   * topic {@code <name>-repartition} as {@code <application.id>-<name>-repartition}.
   */
  static Set<String> inputTopics(TopologyDescription topology, String applicationId) {
    Set<String> topics = new TreeSet<>();
    for (TopologyDescription.Subtopology subtopology : topology.subtopologies()) {
      for (TopologyDescription.Node node : subtopology.nodes()) {
        if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
          for (String topic : source.topicSet()) {
            boolean internal = topic.endsWith(REPARTITION_SUFFIX) && !topic.startsWith(applicationId + "-");
            topics.add(internal ? applicationId + "-" + topic : topic);
          }
        }
      }
    }
    return topics;
  }

  /**
   * {@link #records()}, or its answer of the last {@value #RECENT_MS} ms: for {@code /api/stats}, which
   * the dashboard asks after every burst of events, and which must not ask the cluster (three Admin
   * calls, up to 5 s each when it is down) as often.
   */
  public long recentRecords() {
    Answer last = recent;
    if (last == null || System.currentTimeMillis() - last.at() > RECENT_MS) {
      try {
        return records();
      } catch (ApiException e) {
        last = new Answer(System.currentTimeMillis(), 0, e);
        recent = last;
      }
    }
    if (last.failure() != null) {
      throw last.failure();
    }
    return last.records();
  }

  private record Answer(long at, long records, ApiException failure) {}

  /** The records not yet processed, asked now; a 503 while the cluster cannot say. */
  public long records() {
    List<TopicPartition> all = partitions();
    Map<TopicPartition, Long> committed = AdminAnswers.await(
            admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata(), TIMEOUT_MS, QUESTION)
        .entrySet().stream()
        .filter(e -> e.getValue() != null)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    List<TopicPartition> uncommitted = all.stream().filter(p -> !committed.containsKey(p)).toList();
    long records = unprocessed(all, committed, offsets(uncommitted, OffsetSpec.earliest()), offsets(all, OffsetSpec.latest()));
    recent = new Answer(System.currentTimeMillis(), records, null); // the freshest figure serves the stats too
    return records;
  }

  /**
   * The sum over {@code partitions} of end minus the committed offset, or minus the first offset
   * where none is committed; never negative.
   */
  static long unprocessed(Collection<TopicPartition> partitions, Map<TopicPartition, Long> committed,
      Map<TopicPartition, Long> firsts, Map<TopicPartition, Long> ends) {
    long total = 0;
    for (TopicPartition partition : partitions) {
      long end = ends.getOrDefault(partition, 0L);
      long from = committed.containsKey(partition) ? committed.get(partition) : firsts.getOrDefault(partition, end);
      total += Math.max(0, end - from);
    }
    return total;
  }

  /** The partitions of the input topics, asked once: an app's input topics keep their partitions. */
  private List<TopicPartition> partitions() {
    List<TopicPartition> known = partitions;
    if (known == null) {
      known = AdminAnswers.await(admin.describeTopics(topics).allTopicNames(), TIMEOUT_MS, QUESTION).values().stream()
          .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
          .toList();
      partitions = known;
    }
    return known;
  }

  private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
    if (partitions.isEmpty()) {
      return Map.of();
    }
    // The end read_committed readers see (the last stable offset): records of open transactions
    // are not work yet.
    return AdminAnswers.await(admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec)),
            new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all(), TIMEOUT_MS, QUESTION).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }
}
