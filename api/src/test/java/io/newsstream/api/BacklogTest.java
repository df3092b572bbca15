package io.newsstream.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.junit.jupiter.api.Test;

class BacklogTest {
  private static final TopicPartition A0 = new TopicPartition("a", 0);
  private static final TopicPartition A1 = new TopicPartition("a", 1);
  private static final TopicPartition B0 = new TopicPartition("b", 0);

  @Test
  void countsFromTheCommitOrWithoutOneFromTheFirstOffset() {
    long backlog = Backlog.unprocessed(List.of(A0, A1, B0),
        Map.of(A0, 40L, A1, 100L), // A1 is fully processed
        Map.of(B0, 7L), // B0 never committed: its records from its first offset on are all work
        Map.of(A0, 50L, A1, 100L, B0, 20L));
    assertThat(backlog).isEqualTo(10 + 0 + 13);
  }

  @Test
  void aPartitionWithoutRecordsOrBehindItsCommitCountsNothing() {
    // An empty partition has no end offset to speak of; a commit ahead of the stable end (an open
    // transaction's records) is not negative work.
    assertThat(Backlog.unprocessed(List.of(A0, B0), Map.of(B0, 30L), Map.of(), Map.of(B0, 25L))).isZero();
  }

  @Test
  void readsTheTopicsOfEverySourceWithRepartitionTopicsUnderTheApplicationId() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("news.raw.v1", Consumed.with(Serdes.String(), Serdes.String()))
        .groupBy((k, v) -> v, Grouped.as("by-value")).count();
    builder.table("news.articles.v1", Consumed.with(Serdes.String(), Serdes.String()));
    assertThat(Backlog.inputTopics(builder.build().describe(), "app"))
        .containsExactlyInAnyOrder("news.raw.v1", "news.articles.v1", "app-by-value-repartition");
  }
}
