package io.newsstream.streams.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.RawArticle;
import io.newsstream.streams.errors.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleValidatorTest {
  private final ArticleValidator validator = new ArticleValidator(100);

  private static RawArticle article(String id, String text) {
    return RawArticle.newBuilder().setId(id).setText(text).setFetchedAt(Instant.EPOCH).build();
  }

  @Test
  void acceptsAnArticleWithIdAndText() {
    assertThat(validator.check(article("a", "Текст."))).isEmpty();
  }

  @Test
  void refusesARecordWhoseKeyIsNotTheArticleId() {
    assertThat(validator.check("a", article("a", "Текст."))).isEmpty();
    assertThat(validator.check("b", article("a", "Текст."))).map(Rejection::reason).hasValue(RejectReason.KEY_MISMATCH);
    assertThat(validator.check(null, article("a", "Текст."))).map(Rejection::reason).hasValue(RejectReason.KEY_MISMATCH);
    // The article's own problem comes first: without an id there is nothing to compare.
    assertThat(validator.check("b", article("", "Текст."))).map(Rejection::reason).hasValue(RejectReason.MISSING_ID);
  }

  @Test
  void refusesANullValue() {
    assertThat(validator.check(null)).map(Rejection::reason).hasValue(RejectReason.NULL_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void refusesABlankId(String id) {
    assertThat(validator.check(article(id, "Текст."))).map(Rejection::reason).hasValue(RejectReason.MISSING_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " \n\t\u00A0"})
  void refusesABlankText(String text) {
    assertThat(validator.check(article("a", text))).map(Rejection::reason).hasValue(RejectReason.EMPTY_TEXT);
  }

  @Test
  void measuresTheLimitInUtf8Bytes() {
    assertThat(validator.check(article("a", "а".repeat(50)))).isEmpty(); // 100 bytes
    assertThat(validator.check(article("a", "а".repeat(51))))
        .hasValueSatisfying(r -> {
          assertThat(r.reason()).isEqualTo(RejectReason.TOO_LARGE);
          assertThat(r.detail()).contains("102", "100");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "Қазақстан", "«—»", "😀 emoji", "mixed Ә 𝔸"})
  void countsUtf8BytesWithoutEncoding(String text) {
    assertThat(ArticleValidator.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }
}
