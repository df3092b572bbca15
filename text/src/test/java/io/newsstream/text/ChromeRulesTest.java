package io.newsstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeRulesTest {
  private final ChromeRules rules = ChromeRules.DEFAULT;

  @ParameterizedTest(name = "[{0}] is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "None|empty-value",
        "null|empty-value",
        "Сейчас читают|navigation",
        "Возврат к списку|navigation",
        "Читайте также:|related-link",
        "Читайте также: Токаев выступил на сессии|related-link",
        "Тағы оқыңыз:|related-link",
        "ПІКІР ЖАЗУ|comments",
        "Пікір жазу|comments",
        "Комментарии|comments",
        "Поделиться|share-button",
        "Поделиться:|share-button",
        "Бөлісу|share-button",
        "Просмотров: 123|view-counter",
        "Просмотры: 1 234|view-counter",
        "👁 1 234|view-counter",
        "Көрілім: 57|view-counter",
        "251|bare-counter",
        "1 234|bare-counter",
      })
  void recognisesChromeAnywhere(String line, String rule) {
    assertThat(rules.ruleFor(line, false)).map(ChromeRule::name).hasValue(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nonetheless, the session went on.",
        "Сейчас читают доклад председателя",
        "Читайте такжеслитно", // no separator after the lead-in
        "Поделиться опытом пришли ветераны", // the word in a sentence
        "Просмотров много",
        "Состоялась XXVI сессия АНК Алматинской области",
        "01 Июля, 2021", // a publication date is content
        "В 2019 году:", // a lead-in in the middle of a text
      })
  void keepsContentLines(String line) {
    assertThat(rules.ruleFor(line, false)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Похожие новости:", "Ранее сообщалось:", "В 2019 году:"})
  void aLeadInEndingTheTextIsDangling(String line) {
    assertThat(rules.ruleFor(line, true)).map(ChromeRule::name).hasValue("dangling-lead-in");
  }

  @Test
  void aSentenceEndingInAColonIsNotALeadIn() {
    assertThat(rules.ruleFor("Он сказал. Потом добавил:", true)).isEmpty();
  }

  @Test
  void stripsTrailingChromeUntilContentEnds() {
    List<String> lines = List.of("Текст.", "", "Читайте также:", "", "Похожие:", "", "Сейчас читают", "");

    assertThat(rules.strip(lines)).containsExactly("Текст.");
  }

  @Test
  void keepsBlankLinesBetweenParagraphsForTheCleaner() {
    assertThat(rules.strip(List.of("Первый.", "", "None", "", "Второй."))).containsExactly("Первый.", "", "", "Второй.");
  }

  @Test
  void extendsWithANewRule() {
    ChromeRules extended = rules.with(ChromeRule.anywhere("subscribe", "подписывайтесь на наш канал.*"));

    assertThat(extended.ruleFor("Подписывайтесь на наш канал в Telegram", false)).map(ChromeRule::name).hasValue("subscribe");
    assertThat(rules.ruleFor("Подписывайтесь на наш канал в Telegram", false)).isEmpty();
  }

  @Test
  void rulesMatchWholeLinesOnly() {
    ChromeRule rule = ChromeRule.anywhere("x", "none");

    assertThat(rule.matches("NONE")).isTrue();
    assertThat(rule.matches("none of them")).isFalse();
  }
}
