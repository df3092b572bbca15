package io.newsstream.streams.topology;

import static io.newsstream.streams.topology.NewsTopologyDriver.START;
import static io.newsstream.streams.topology.NewsTopologyDriver.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.streams.dedup.Deduplication;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures what de-duplication keeps per article: the compacted size (key + latest value per key)
 * of each dedup store's changelog after many distinct articles, which is what a restoring instance
 * reads and, give or take RocksDB's overhead, what the stores hold. Prints the figures for
 * docs/dedup.md and fails if they grow past a budget.
 */
class DedupStateSizeTest {
  private static final int ARTICLES = 300;
  private static final List<String> WORDS = List.of(
      "сессия", "ассамблея", "область", "аким", "депутаты", "согласие", "молодежь", "культура", "язык",
      "центр", "совет", "район", "город", "форум", "проект", "бюджет", "школа", "больница", "дорога",
      "фермеры", "урожай", "экспорт", "инвестиции", "туризм", "спорт", "выставка", "концерт", "премия",
      "ветераны", "волонтеры", "медиация", "резолюция", "поручение", "итоги", "план", "задачи");

  @TempDir Path stateDir;

  @Test
  void dedupStateStaysWithinItsBudgetPerArticle() {
    Map<String, Double> bytesPerArticle = new LinkedHashMap<>();
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      Random random = new Random(7);
      for (int i = 0; i < ARTICLES; i++) {
        news.send(article(String.format("article-%04d", i), randomStory(random)), START.plusSeconds(i));
      }
      assertThat(news.articles.readValuesToList()).hasSize(ARTICLES);
      for (String store : List.of(Deduplication.SKETCHES, Deduplication.VERDICTS)) {
        bytesPerArticle.put(store, (double) compactedBytes(news, "newsstream-" + store + "-changelog") / ARTICLES);
      }
    }
    double total = bytesPerArticle.values().stream().mapToDouble(Double::doubleValue).sum();
    bytesPerArticle.forEach((store, bytes) -> System.out.printf("%-20s %8.0f bytes per article%n", store, bytes));
    System.out.printf("%-20s %8.0f bytes per article%n", "dedup total", total);
    // One sketch (per partition its bands land on) and one decided verdict: no entry per band. The
    // sketch's sample of 256 shingles (about 1 KB) is what lets containment be counted.
    assertThat(total).isLessThan(1_800);
    assertThat(bytesPerArticle.get(Deduplication.VERDICTS)).as("the text is dropped once decided").isLessThan(400);
  }

  private static long compactedBytes(NewsTopologyDriver news, String changelog) {
    TestOutputTopic<byte[], byte[]> topic =
        news.driver.createOutputTopic(changelog, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    Map<ByteBuffer, Integer> latest = new HashMap<>();
    topic.readKeyValuesToList().forEach(kv -> latest.put(ByteBuffer.wrap(kv.key), kv.key.length
        + (kv.value == null ? 0 : kv.value.length)));
    return latest.values().stream().mapToLong(Integer::longValue).sum();
  }

  /** Six paragraphs of shuffled domain words: unrelated to each other, as different stories are. */
  private static String randomStory(Random random) {
    StringBuilder text = new StringBuilder();
    for (int paragraph = 0; paragraph < 6; paragraph++) {
      for (int word = 0; word < 40; word++) {
        text.append(WORDS.get(random.nextInt(WORDS.size()))).append(word == 39 ? ".\n\n" : " ");
      }
    }
    return text.toString();
  }
}
