package io.newsstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RomanNumeralsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ХХV сессия, XXV сессия", // Cyrillic Х + Latin V
    "ХХVІ сессия, XXVI сессия", // Cyrillic Х, І
    "ХХІҮ сессия, XXIV сессия", // Kazakh Ү typed for V
    "ХХІУ сессия, XXIV сессия", // Cyrillic У typed for V
    "XVІІІ съезд, XVIII съезд", // Latin with Cyrillic І
    "ХХХІV сессии, XXXIV сессии",
    "ХL сессия, XL сессия", // Cyrillic Х with Latin L
    "ІІ съезд, II съезд",
    "ХХVІІ сессиясы, XXVII сессиясы",
    "ХХVІ-шы сессия, XXVI-шы сессия", // a hyphenated Kazakh suffix is not part of the numeral
    "(ХХІХ), (XXIX)",
  })
  void foldsNumeralsTypedWithLookAlikes(String typed, String folded) {
    assertThat(RomanNumerals.fold(typed)).isEqualTo(folded);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "У нас", // preposition, one letter
        "С 2019 года", // preposition
        "І це", // Ukrainian 'and'
        "Х", // a lone letter
        "ХИМИЯ", // a word with other letters
        "ХУДОЖНИК",
        "УХ", // only look-alikes, but not a valid numeral (VX)
        "ХХVV", // invalid numeral
        "ІІІІ", // invalid numeral
        "хх век", // lower case
        "Хх век", // mixed case
        "ХХ1", // digits attached
        "XXIX", // already Latin
        "АХХ", // part of a longer word
      })
  void leavesOtherWordsAlone(String text) {
    assertThat(RomanNumerals.fold(text)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"I, 1", "IV, 4", "IX, 9", "XIV, 14", "XXIV, 24", "XXXIV, 34", "XL, 40", "XC, 90", "MCMXCV, 1995"})
  void valuesOfCanonicalNumerals(String numeral, int value) {
    assertThat(RomanNumerals.value(numeral)).hasValue(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "IIII", "VX", "IL", "XXL", "ХХ", "xx", "ABC"})
  void noValueForNonCanonicalNumerals(String text) {
    assertThat(RomanNumerals.value(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"ХХІҮ, 24", "XXV-ші, 25", "ХХІ-го, 21", "XXXIV, 34"})
  void wordsWithLookAlikesAndCaseSuffixes(String word, int value) {
    assertThat(RomanNumerals.wordValue(word)).hasValue(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ХИМИЯ", "XX-century", "XXV-шіііііі", "-XX"})
  void noValueForOtherWords(String word) {
    assertThat(RomanNumerals.wordValue(word)).isEmpty();
  }
}
