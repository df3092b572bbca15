package io.newsstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextMeasureTest {
  @ParameterizedTest
  @ValueSource(strings = {"abc", "Қазақстан", "«—»", "😀 emoji", "mixed Ә 𝔸"})
  void countsUtf8BytesWithoutEncoding(String text) {
    assertThat(TextMeasure.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n\r", "\u00a0\u2007\u202f", "\u200b\ufeff", " \u2060 "})
  void blankIncludesNoBreakAndZeroWidthSpaces(String text) {
    assertThat(TextMeasure.isBlank(text)).isTrue();
  }

  @Test
  void aLetterOrDigitIsNotBlank() {
    assertThat(TextMeasure.isBlank(" a ")).isFalse();
    assertThat(TextMeasure.isBlank("\u00a01")).isFalse();
  }

  @Test
  void countsLettersOfAnyScriptAndNothingElse() {
    assertThat(TextMeasure.letters("Қазақстан, 2024!")).isEqualTo(9);
    assertThat(TextMeasure.letters("قازاق XXV")).isEqualTo(8);
    assertThat(TextMeasure.letters("12.04.2019 — 15:00")).isZero();
    assertThat(TextMeasure.letters("𝔸b")).isEqualTo(2);
    assertThat(TextMeasure.hasLetters("Қазақстан, 2024!", 9)).isTrue();
    assertThat(TextMeasure.hasLetters("Қазақстан, 2024!", 10)).isFalse();
    assertThat(TextMeasure.hasLetters("12.04.2019", 1)).isFalse();
    assertThat(TextMeasure.hasLetters("", 0)).isTrue();
  }
}
