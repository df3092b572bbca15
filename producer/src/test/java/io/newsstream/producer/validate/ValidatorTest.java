package io.newsstream.producer.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.dlq.RejectReason;
import io.newsstream.dlq.TextLimits;
import io.newsstream.producer.Texts;
import io.newsstream.producer.id.ArticleIds;
import io.newsstream.schema.RawArticle;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private final Validator validator = new Validator(TextLimits.DEFAULT.withMaxBytes(1000));

  @Test
  void makesTheRawArticle() {
    ArticleDraft draft = new ArticleDraft("https://www.kt.kz/news/1", null, "  Сессия  ", Texts.RUSSIAN,
        "2024-05-01T10:00:00Z", "RU-ru", Map.of("scraper", "kt-v2"));
    RawArticle article = validator.validate(draft, "/inbox/a.json", NOW);
    assertThat(article.getId()).isEqualTo(ArticleIds.fromUrl("https://kt.kz/news/1"));
    assertThat(article.getUrl()).isEqualTo("https://www.kt.kz/news/1");
    assertThat(article.getSource()).isEqualTo("kt.kz");
    assertThat(article.getTitle()).isEqualTo("Сессия");
    assertThat(article.getText()).isEqualTo(Texts.RUSSIAN);
    assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(article.getFetchedAt()).isEqualTo(NOW);
    assertThat(article.getLanguageHint()).isEqualTo("ru");
    assertThat(article.getOrigin()).isEqualTo("/inbox/a.json");
    assertThat(article.getMetadata()).containsEntry("scraper", "kt-v2");
  }

  @Test
  void withoutUrlTheIdComesFromTheText() {
    RawArticle article = validator.validate(ArticleDraft.ofText(Texts.KAZAKH), "stdin", NOW);
    assertThat(article.getId()).isEqualTo(ArticleIds.fromText(Texts.KAZAKH));
    assertThat(article.getSource()).isNull();
    assertThat(article.getPublishedAt()).isNull();
  }

  @Test
  void kzMeansKazakh() {
    ArticleDraft draft = new ArticleDraft(null, null, null, Texts.KAZAKH, "", "kz", Map.of());
    assertThat(validator.validate(draft, "x", NOW).getLanguageHint()).isEqualTo("kk");
  }

  @Test
  void refusesMissingEmptyAndBlankText() {
    assertRefused(ArticleDraft.ofText(null), RejectReason.EMPTY_TEXT);
    assertRefused(ArticleDraft.ofText(""), RejectReason.EMPTY_TEXT);
    assertRefused(ArticleDraft.ofText(" \n\t\u00A0\u200B\uFEFF "), RejectReason.EMPTY_TEXT);
  }

  @Test
  void refusesTextOverTheLimitInUtf8Bytes() {
    assertThat(validator.validate(ArticleDraft.ofText("ж".repeat(500)), "x", NOW)).isNotNull();
    assertRefused(ArticleDraft.ofText("ж".repeat(501)), RejectReason.TOO_LARGE);
  }

  @Test
  void refusesControlCharactersAndUndecodableBytes() {
    assertRefused(ArticleDraft.ofText("a\u0001b\u0002c\u0003"), RejectReason.BINARY_CONTENT);
    assertRefused(ArticleDraft.ofText("текст \uFFFF битый"), RejectReason.UNDECODABLE);
  }

  @Test
  void refusesABadUrlOrDate() {
    assertRefused(new ArticleDraft("kt.kz/news", null, null, Texts.RUSSIAN, null, null, Map.of()), RejectReason.BAD_URL);
    assertRefused(new ArticleDraft(null, null, null, Texts.RUSSIAN, "позавчера", null, Map.of()), RejectReason.BAD_DATE);
  }

  @Test
  void refusesTextWithFewerLettersThanTheMinimum() {
    assertRefused(ArticleDraft.ofText("a"), RejectReason.TOO_SHORT);
    assertRefused(ArticleDraft.ofText("12.04.2019 — 15:00, 42 %"), RejectReason.TOO_SHORT);
    String nineteen = "Сессия прошла в Астане"; // 19 letters
    assertRefused(ArticleDraft.ofText(nineteen), RejectReason.TOO_SHORT);
    assertThat(validator.validate(ArticleDraft.ofText(nineteen + "!я"), "x", NOW)).isNotNull();
  }

  private void assertRefused(ArticleDraft draft, RejectReason reason) {
    assertThatThrownBy(() -> validator.validate(draft, "x", NOW))
        .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().reason()).isEqualTo(reason));
  }
}
