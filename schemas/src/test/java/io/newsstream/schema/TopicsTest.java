package io.newsstream.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicsTest {
  @Test
  void theTableTopicsAreCompactedWithTombstonesKeptAndTheLogsAreNot() {
    for (String table : new String[] {Topics.ARTICLES.name(), Topics.DUPLICATES.name(), Topics.SESSIONS.name()}) {
      assertThat(Topics.configFor(table)).as(table)
          .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
          .containsEntry(TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(Topics.TOMBSTONE_RETENTION.toMillis()));
    }
    assertThat(Topics.configFor(Topics.RAW.name())).doesNotContainKey(TopicConfig.CLEANUP_POLICY_CONFIG);
    assertThat(Topics.configFor(Topics.DLQ.name())).doesNotContainKey(TopicConfig.CLEANUP_POLICY_CONFIG);
  }

  @Test
  void aMismatchSaysWhatTheTopicHasWhatItNeedsAndTheCommandThatChangesIt() {
    Map<String, String> expected = Topics.configFor(Topics.ARTICLES.name());
    Map<String, String> actual = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, "delete",
        TopicConfig.DELETE_RETENTION_MS_CONFIG, expected.get(TopicConfig.DELETE_RETENTION_MS_CONFIG),
        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, expected.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG));

    assertThat(Topics.mismatches(Topics.ARTICLES.name(), expected, actual)).containsExactly(
        "news.articles.v1 has cleanup.policy=delete, newsstream needs compact (kafka-configs.sh --bootstrap-server ... "
            + "--alter --entity-type topics --entity-name news.articles.v1 --add-config cleanup.policy=compact)");
    assertThat(Topics.mismatches(Topics.ARTICLES.name(), expected, expected)).isEmpty();
  }
}
