package io.newsstream.streams.topology;

import static io.newsstream.streams.topology.NewsTopologyDriver.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.SessionRef;
import io.newsstream.text.ChromeRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real seed articles through the topology, against what a careful reader found (expected.json):
 * language, clean text, and every enrichment field it gives.
 */
class SeedArticlesTopologyTest {
  @TempDir Path stateDir;

  @Test
  void eachSeedIsOneCleanArticleInTheExpectedLanguage() throws IOException {
    String dir = System.getProperty("newsstream.seeds");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "seed articles absent (system property newsstream.seeds)");
    Path seeds = Path.of(dir);
    JsonNode expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile()).get("articles");
    Map<String, String> expectedLanguages = new HashMap<>();
    for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      expectedLanguages.put(name, expected.get(name).get("language").asText());
    }

    Map<String, EnrichedArticle> out;
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      for (String name : expectedLanguages.keySet()) {
        news.send(article(name, Files.readString(seeds.resolve(name), StandardCharsets.UTF_8)));
      }
      assertThat(news.dlq.isEmpty()).isTrue();
      assertThat(news.duplicates.isEmpty()).isTrue();
      out = news.articles.readValuesToList().stream()
          .collect(Collectors.toMap(EnrichedArticle::getId, Function.identity()));
    }

    assertThat(out.keySet()).isEqualTo(expectedLanguages.keySet());
    out.forEach((name, article) -> {
      assertThat(article.getLanguage()).as(name).isEqualTo(expectedLanguages.get(name));
      assertThat(article.getScript()).as(name).isEqualTo("Cyrl");
      // Kazakh articles quote Russian and the other way round; the article's language dominates.
      assertThat(article.getLanguageShares().get(article.getLanguage())).as(name).isGreaterThan(0.5);
      assertNoChrome(name, article.getText());
      assertEnrichedAsExpected(name, article, expected.get(name));
    });
  }

  /** The enrichment on the topic matches every field expected.json gives. */
  private static void assertEnrichedAsExpected(String name, EnrichedArticle article, JsonNode expected) {
    assertThat(article.getIsSessionReport()).as(name).isEqualTo(expected.get("isSessionReport").asBoolean());
    JsonNode session = expected.get("session");
    if (session.isNull()) {
      assertThat(article.getSession()).as(name).isNull();
    } else {
      SessionRef actual = article.getSession();
      assertThat(actual).as(name).isNotNull();
      assertThat(actual.getNumber()).as(name).isEqualTo(session.get("number").asInt());
      assertThat(actual.getLevel().name()).as(name).isEqualTo(session.get("level").asText());
      assertThat(actual.getRegion()).as(name).isEqualTo(session.get("region").asText());
      assertThat(actual.getCity()).as(name).isEqualTo(textOrNull(session.get("city")));
      assertThat(actual.getDate() == null ? null : actual.getDate().toString())
          .as(name).isEqualTo(textOrNull(session.get("date")));
    }
    List<String> mentioned = article.getMentionedSessions().stream()
        .map(m -> m.getNumber() + " " + m.getLevel() + " " + m.getRegion()).toList();
    List<String> expectedMentions = expected.get("mentionedSessions").valueStream()
        .map(m -> m.get("number").asInt() + " " + m.get("level").asText() + " " + m.get("region").asText()).toList();
    assertThat(mentioned).as(name).isEqualTo(expectedMentions);
    assertThat(article.getPeople()).as(name)
        .containsExactlyInAnyOrderElementsOf(expected.get("people").valueStream().map(JsonNode::asText).toList());
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /** No line of the published text is site chrome, and nothing dangles at its end. */
  private static void assertNoChrome(String name, String text) {
    List<String> lines = text.lines().filter(l -> !l.isEmpty()).toList();
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i == lines.size() - 1;
      assertThat(ChromeRules.DEFAULT.ruleFor(lines.get(i), last)).as("%s line %d: %s", name, i, lines.get(i)).isEmpty();
    }
  }
}
