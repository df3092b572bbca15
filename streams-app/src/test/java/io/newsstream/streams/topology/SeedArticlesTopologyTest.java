package io.newsstream.streams.topology;

import static io.newsstream.streams.topology.NewsTopologyDriver.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.schema.EnrichedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real seed articles through the topology, against what a careful reader found (expected.json). */
class SeedArticlesTopologyTest {
  @TempDir Path stateDir;

  @Test
  void eachSeedIsOneArticleInTheExpectedLanguage() throws IOException {
    String dir = System.getProperty("newsstream.seeds");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "seed articles absent (system property newsstream.seeds)");
    Path seeds = Path.of(dir);
    JsonNode expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile()).get("articles");
    Map<String, String> expectedLanguages = new HashMap<>();
    for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      expectedLanguages.put(name, expected.get(name).get("language").asText());
    }

    Map<String, String> detected;
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      for (String name : expectedLanguages.keySet()) {
        news.send(article(name, Files.readString(seeds.resolve(name), StandardCharsets.UTF_8)));
      }
      assertThat(news.dlq.isEmpty()).isTrue();
      assertThat(news.duplicates.isEmpty()).isTrue();
      detected = news.articles.readValuesToList().stream()
          .collect(Collectors.toMap(EnrichedArticle::getId, EnrichedArticle::getLanguage));
    }

    assertThat(detected).isEqualTo(expectedLanguages);
    assertThat(detected.values().stream().filter("ru"::equals).count()).isEqualTo(4);
    assertThat(detected.values().stream().filter("kk"::equals).count()).isEqualTo(1);
  }
}
