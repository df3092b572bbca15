package io.newsstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypographyTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "«Жастар»|\"Жастар\"",
        "„Жастар“|\"Жастар\"",
        "“Жастар”|\"Жастар\"",
        "‘a’|'a'",
        "единства – мира|единства — мира",
        "единства ‒ мира|единства — мира",
        "единства ― мира|единства — мира",
        "дня - повестка|дня — повестка", // spaced hyphen is a dash
        "Касым-Жомарт|Касым-Жомарт", // a hyphen inside a word stays
        "Касым‑Жомарт|Касым-Жомарт", // non-breaking hyphen
        "a \t  b|a b",
        "a\u00A0b|a b",
        "ну\u00ADжно|нужно", // soft hyphen
        "a\u200Bb|ab",
        "~  padded  ~|padded",
      })
  void normalisesQuotesDashesAndSpaces(String line, String expected) {
    assertThat(Typography.normalise(line)).isEqualTo(expected);
  }
}
