package io.newsstream.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.query.FailureReason;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.StateQueryResult;
import org.junit.jupiter.api.Test;

/** How IQv2 results map to answers: every partition's failure is a 503, never a partial answer. */
class StoreQueriesTest {
  @Test
  void allPartitionsSucceededGivesTheirResults() {
    StateQueryResult<String> result = new StateQueryResult<>();
    result.addResult(0, QueryResult.forResult("zero"));
    result.addResult(2, QueryResult.forResult("two"));

    assertThat(StoreQueries.successes(result, Set.of(0, 2), "s")).isEqualTo(Map.of(0, "zero", 2, "two"));
  }

  @Test
  void aFailedPartitionIsUnavailableWithTheReason() {
    for (FailureReason reason : FailureReason.values()) {
      StateQueryResult<String> result = new StateQueryResult<>();
      result.addResult(0, QueryResult.forResult("zero"));
      result.addResult(1, QueryResult.forFailure(reason, "because"));

      assertThatThrownBy(() -> StoreQueries.successes(result, Set.of(0, 1), "totals"))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.getMessage()).contains("totals", "partition 1", reason.name());
          });
    }
  }

  @Test
  void aMissingExpectedPartitionIsUnavailable() {
    StateQueryResult<String> result = new StateQueryResult<>();
    result.addResult(0, QueryResult.forResult("zero"));

    assertThatThrownBy(() -> StoreQueries.successes(result, Set.of(0, 3), "totals"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("partition 3"));
  }

  @Test
  void partitionsMustLeaveNoGap() {
    assertThat(StorePartitions.contiguous(Set.of(0, 1, 2, 3))).isTrue();
    assertThat(StorePartitions.contiguous(Set.of(0, 1, 3))).isFalse();
    assertThat(StorePartitions.contiguous(Set.of(1, 2))).isFalse();
  }
}
