package io.newsstream.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.streams.views.ViewStores;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsMetadata;
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
}
