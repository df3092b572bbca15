package io.newsstream.streams.topology;

import static io.newsstream.streams.topology.NewsTopologyDriver.START;
import static io.newsstream.streams.topology.NewsTopologyDriver.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fingerprint is remembered for the retention period of event time, then forgotten. */
class DedupRetentionTest {
  static final Duration RETENTION = Duration.ofDays(2);

  @TempDir Path stateDir;
  NewsTopologyDriver news;

  @BeforeEach
  void startDriver() {
    news = new NewsTopologyDriver(stateDir, RETENTION);
  }

  @AfterEach
  void closeDriver() {
    news.close();
  }

  @Test
  void aCopyWithinTheRetentionPeriodIsADuplicate() {
    news.send(article("first", NewsTopologyTest.RUSSIAN), START);
    news.send(article("copy", NewsTopologyTest.RUSSIAN), START.plus(RETENTION).minusSeconds(1));

    assertThat(news.articles.readValuesToList()).hasSize(1);
    assertThat(news.duplicates.readValue().getCanonicalId()).isEqualTo("first");
  }

  @Test
  void aCopyAfterTheRetentionPeriodIsUniqueAgain() {
    news.send(article("first", NewsTopologyTest.RUSSIAN), START);
    news.send(article("later", NewsTopologyTest.RUSSIAN), START.plus(RETENTION).plusSeconds(1));
    news.send(article("copy-of-later", NewsTopologyTest.RUSSIAN), START.plus(RETENTION).plusSeconds(2));

    assertThat(news.articles.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("first", "later");
    // The copy that came back after the period is canonical for the copies after it.
    assertThat(news.duplicates.readValue().getCanonicalId()).isEqualTo("later");
  }

  @Test
  void anArticleOlderThanTheRetentionPeriodStillGetsItsVerdict() {
    news.send(article("recent", NewsTopologyTest.RUSSIAN), START.plus(RETENTION.multipliedBy(2)));
    news.send(article("archived", NewsTopologyTest.KAZAKH), START);

    // Nothing that old is kept to compare with: unique, not left waiting for ever.
    assertThat(news.articles.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("recent", "archived");
  }
}
