package io.newsstream.enrich.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void splitsAtSentenceEndsAndLines() {
    Article a = Article.of("Заголовок", "Первое предложение. Второе! Третье\nЧетвёртое", "ru");
    assertThat(a.sentences()).extracting(Sentence::toString)
        .containsExactly("Заголовок", "Первое предложение.", "Второе!", "Третье", "Четвёртое");
    assertThat(a.sentences().get(0).isTitle()).isTrue();
  }

  @Test
  void doesNotSplitInsideQuotesAfterInitialsOrInNumericDates() {
    Article a = Article.of(null, "Сессия «Бірлік. Әділдік. Өрлеу» өтті. Выступил Е. Сапаров 12.04.2019 в городе.", "kk");
    assertThat(a.sentences()).hasSize(2);
  }

  @Test
  void wordsKeepInnerHyphens() {
    Sentence s = Article.of(null, "ҚХА-ның 19-ая сессия в Нур-Султане", "ru").sentences().get(0);
    assertThat(s.tokens()).extracting(Token::text).containsExactly("ҚХА-ның", "19-ая", "сессия", "в", "Нур-Султане");
  }

  @Test
  void kazakhGrammarPerSentence() {
    Article a = Article.of(null, "Сессияда облыстық ҚХА мүшесі сөз сөйледі.\nВ ходе сессии выступил Марат Сұлтанғазиев.", "ru");
    assertThat(a.sentences()).extracting(Sentence::isKazakh).containsExactly(true, false);
  }

  @Test
  void quotesArePaired() {
    Sentence s = Article.of(null, "атты \"Бірлік\" сессиясы", "kk").sentences().get(0);
    assertThat(s.quotePartner(1)).isEqualTo(3);
    assertThat(s.quotePartner(3)).isEqualTo(1);
    assertThat(s.quotePartner(0)).isEqualTo(-1);
  }

  @Test
  void headlineIsTheTitleAndTheLead() {
    Article a = Article.of("Т", "Раз. Два. Три. Четыре.", "ru");
    assertThat(a.sentences()).extracting(a::isHeadline).containsExactly(true, true, true, true, false);
  }

  @Test
  void aQuotedThemeDoesNotDecideTheGrammar() {
    Sentence s = Article.of(null, "В Туркестане прошла сессия на тему «Ел бақыты – еңбек пен бірлікте»", "ru").sentences().get(0);
    assertThat(s.isKazakh()).isFalse();
    Sentence quote = Article.of(null, "«Бүгін сессия өтті, біз қатыстық»", "ru").sentences().get(0);
    assertThat(quote.isKazakh()).isTrue();
  }

  @Test
  void latinLookAlikesInCyrillicWordsAreCyrillic() {
    Sentence s = Article.of(null, "Нұр-Сұлтан шаhарында XXVI сессия", "kk").sentences().get(0);
    assertThat(s.lower(1)).isEqualTo("шаһарында");
    assertThat(s.token(2).text()).isEqualTo("XXVI"); // Latin words stay Latin
  }
}
