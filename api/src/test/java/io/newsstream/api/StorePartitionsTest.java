package io.newsstream.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.streams.views.ViewStores;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.internals.TaskMetadataImpl;
import org.apache.kafka.streams.processor.internals.ThreadMetadataImpl;
import org.apache.kafka.streams.state.internals.StreamsMetadataImpl;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class StorePartitionsTest {
  @Test
  void aStoreBehindARepartitionTopicHasThatTopicsPartitions() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("news.articles.v1", Consumed.with(Serdes.String(), Serdes.String()))
        .groupBy((k, v) -> v, Grouped.with("by-language", Serdes.String(), Serdes.String()))
        .count(Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(ViewStores.TOTALS));
    StorePartitions partitions = new StorePartitions(builder.build().describe());

    StreamsMetadata host = new StreamsMetadataImpl(new HostInfo("h", 1), Set.of(ViewStores.TOTALS),
        Set.of(new TopicPartition("news.articles.v1", 0), new TopicPartition("news.articles.v1", 1),
            new TopicPartition("newsstream-by-language-repartition", 3)),
        Set.of(), Set.of());

    assertThat(partitions.knows(ViewStores.TOTALS)).isTrue();
    assertThat(partitions.of(ViewStores.TOTALS, host)).containsExactly(3);
    assertThat(StorePartitions.sourceTopics(builder.build().describe()))
        .containsEntry(ViewStores.TOTALS, Set.of("by-language-repartition"));
    assertThat(partitions.knows("unknown")).isFalse();
  }

  @Test
  void thisInstancesPartitionsAreItsActiveTasksOfTheStoresSubtopology() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("news.articles.v1", Consumed.with(Serdes.String(), Serdes.String()))
        .groupBy((k, v) -> v, Grouped.with("by-language", Serdes.String(), Serdes.String()))
        .count(Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(ViewStores.TOTALS));
    StorePartitions partitions = new StorePartitions(builder.build().describe());
    int counting = StorePartitions.subtopologies(builder.build().describe()).get(ViewStores.TOTALS);

    ThreadMetadata thread = new ThreadMetadataImpl("t1", "RUNNING", "c", "r", "p", "a",
        Set.of(task(counting, 0), task(counting, 2), task(1 - counting, 1)), // active
        Set.of(task(counting, 1), task(counting, 3))); // standby: an active-only query fails on them

    assertThat(partitions.localActive(ViewStores.TOTALS, List.of(thread))).containsExactly(0, 2);
    assertThat(partitions.inTopology(ViewStores.TOTALS)).isTrue();
    assertThat(partitions.inTopology("unknown")).isFalse();
    assertThat(partitions.localActive("unknown", List.of(thread))).isEmpty();
  }

  private static TaskMetadata task(int subtopology, int partition) {
    return new TaskMetadataImpl(new TaskId(subtopology, partition), Set.of(), Map.of(), Map.of(), Optional.empty());
  }
}
