package io.newsstream.streams.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.dlq.TextLimits;
import io.newsstream.schema.RawArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleValidatorTest {
  /** 21 letters, one more than the fewest an article has, in 47 bytes. */
  private static final String TEXT = "Сессия Ассамблеи прошла.";
  private final ArticleValidator validator = new ArticleValidator(TextLimits.DEFAULT.withMaxBytes(100));

  private static RawArticle article(String id, String text) {
    return RawArticle.newBuilder().setId(id).setText(text).setFetchedAt(Instant.EPOCH).build();
  }

  @Test
  void acceptsAnArticleWithIdAndText() {
    assertThat(validator.check(article("a", TEXT))).isEmpty();
  }

  @Test
  void refusesARecordWhoseKeyIsNotTheArticleId() {
    assertThat(validator.check("a", article("a", TEXT))).isEmpty();
    assertThat(validator.check("b", article("a", TEXT))).map(Refusal::reason).hasValue(RejectReason.KEY_MISMATCH);
    assertThat(validator.check(null, article("a", TEXT))).map(Refusal::reason).hasValue(RejectReason.KEY_MISMATCH);
    // The article's own problem comes first: without an id there is nothing to compare.
    assertThat(validator.check("b", article("", TEXT))).map(Refusal::reason).hasValue(RejectReason.MISSING_ID);
  }

  @Test
  void refusesANullValue() {
    assertThat(validator.check(null)).map(Refusal::reason).hasValue(RejectReason.NULL_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void refusesABlankId(String id) {
    assertThat(validator.check(article(id, TEXT))).map(Refusal::reason).hasValue(RejectReason.MISSING_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " \n\t\u00A0"})
  void refusesABlankText(String text) {
    assertThat(validator.check(article("a", text))).map(Refusal::reason).hasValue(RejectReason.EMPTY_TEXT);
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

  @Test
  void refusesATextWithFewerLettersThanTheMinimum() {
    assertThat(validator.check(article("a", "Да."))).map(Refusal::reason).hasValue(RejectReason.TOO_SHORT);
    assertThat(validator.check(article("a", "12.04.2019, 15:00"))).map(Refusal::reason).hasValue(RejectReason.TOO_SHORT);
    String nineteenLetters = "Сессия Ассамблеи прош.";
    assertThat(validator.check(article("a", nineteenLetters))).map(Refusal::reason).hasValue(RejectReason.TOO_SHORT);
  }
}
