package io.newsstream.enrich.numerals;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.tokens.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumeralsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "ХХV, 25", // Cyrillic Х, Latin V
    "ХХІҮ, 24", // Cyrillic Х and І, Kazakh Ү for V
    "XVІІІ, 18", // Latin X V, Cyrillic І
    "ХХХІV, 34",
    "ХХVІ, 26",
    "ХХІХ, 29",
    "ХХУ, 25", // Cyrillic У for V
    "ІІІ, 3",
    "XXV-ші, 25",
    "XL, 40",
  })
  void romanNumeralsWithLookAlikes(String text, int value) {
    assertThat(Numerals.value(text)).hasValue(value);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"19-ая, 19", "7-я, 7", "78-й, 78", "25-ой, 25", "34-ші, 34", "10-шы, 10", "1-інші, 1", "31-ші, 31"})
  void digitsWithOrdinalSuffixes(String text, int value) {
    assertThat(Numerals.value(text)).hasValue(value);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "двадцать девятая, 29",
    "Тридцать четвёртой, 34",
    "тридцать второй, 32",
    "Вторая, 2",
    "третьей, 3",
    "двадцать первого, 21",
    "отыз төртінші, 34",
    "жиырма жетінші, 27",
    "оныншы, 10",
    "қырқыншы, 40",
    "отыз бесінші, 35",
    "сороковая, 40",
    "тридцать восьмую, 38",
    "двадцать девятом, 29",
    "девятнадцатой, 19",
    "тридцатой, 30",
    "жиырмасыншы, 20",
    "екінші, 2",
    "отыз тоғызыншы, 39",
    "он бесінші, 15",
  })
  void ordinalWordsInRussianAndKazakh(String text, int value) {
    assertThat(Numerals.value(text)).hasValue(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ХИМИЯ", "УХ", "XIIII", "25", "двадцать", "отыз", "вторник", "пяти", "Сессия"})
  void wordsThatAreNoOrdinals(String text) {
    assertThat(Numerals.value(text)).isEmpty();
  }

  @Test
  void findsEveryOrdinalOfASentenceSessionOrNot() {
    var sentence = Article.of(null, "В XXI веке ХХV сессия и 34-ші съезд", "ru").sentences().get(0);
    assertThat(Numerals.find(sentence)).extracting(Numeral::value).containsExactly(21, 25, 34);
  }

  @Test
  void russianOnIsNotKazakhTen() {
    var sentence = Article.of(null, "Он первым выступил на сессии", "ru").sentences().get(0);
    assertThat(Numerals.find(sentence)).extracting(Numeral::value).containsExactly(1);
  }

  @Test
  void wordsAreMarkedAsSpelledOut() {
    var sentence = Article.of(null, "первая ХХХ сессия", "ru").sentences().get(0);
    assertThat(Numerals.find(sentence)).extracting(Numeral::spelled).containsExactly(true, false);
  }
}
