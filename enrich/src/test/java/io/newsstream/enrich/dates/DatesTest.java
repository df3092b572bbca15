package io.newsstream.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.tokens.Article;
import io.newsstream.enrich.tokens.Sentence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  private static final LocalDate FRIDAY = LocalDate.of(2024, 4, 26);

  private static LocalDate date(String text, String language, LocalDate reference) {
    Sentence s = Article.of(null, text, language).sentences().get(0);
    return Dates.near(s, 0, reference);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "14 апреля 2016 года в Актобе прошла сессия | ru | 2016-04-14",
    "15 Марта, 2022 | ru | 2022-03-15",
    "2024 жылғы 18 сәуірде өтті | kk | 2024-04-18",
    "15 наурыз 2019 жыл | kk | 2019-03-15",
    "15.03.2022 состоялась сессия | ru | 2022-03-15",
    "2022-03-15 | ru | 2022-03-15",
  })
  void statedDates(String text, String language, LocalDate expected) {
    assertThat(date(text, language, null)).isEqualTo(expected);
  }

  @Test
  void aDateWithoutYearTakesThePublicationsYear() {
    assertThat(date("15 желтоқсанда өтті", "kk", LocalDate.of(2020, 12, 16))).isEqualTo("2020-12-15");
    assertThat(date("29 декабря прошла сессия", "ru", LocalDate.of(2020, 1, 5))).isEqualTo("2019-12-29");
    assertThat(date("29 апреля прошла сессия", "ru", null)).isNull();
  }

  @Test
  void relativeWordsResolveAgainstThePublicationDate() {
    LocalDate published = LocalDate.of(2021, 7, 1);
    assertThat(date("Сегодня прошла сессия", "ru", published)).isEqualTo(published);
    assertThat(date("Вчера прошла сессия", "ru", published)).isEqualTo("2021-06-30");
    assertThat(date("Завтра пройдет сессия", "ru", published)).isEqualTo("2021-07-02");
    assertThat(date("Бүгін сессия өтті", "kk", published)).isEqualTo(published);
    assertThat(date("Кеше сессия өтті", "kk", published)).isEqualTo("2021-06-30");
    assertThat(date("Сегодня прошла сессия", "ru", null)).isNull();
  }

  @Test
  void nowadaysIsNotToday() {
    assertThat(date("Бүгінде ауданда жаңа мектеп бар", "kk", FRIDAY)).isNull();
  }

  @Test
  void weekdaysResolveToTheLastOneOrTheNextForFutureVerbs() {
    assertThat(date("сессия открылась в четверг", "ru", FRIDAY)).isEqualTo("2024-04-25");
    assertThat(date("сессия открылась в пятницу", "ru", FRIDAY)).isEqualTo(FRIDAY);
    assertThat(date("сессия пройдет в понедельник", "ru", FRIDAY)).isEqualTo("2024-04-29");
    assertThat(date("сессия бейсенбі күні өтті", "kk", FRIDAY)).isEqualTo("2024-04-25");
    assertThat(date("сессия открылась в четверг", "ru", null)).isNull();
  }

  @Test
  void theExpressionNearestTheSessionWins() {
    Sentence s = Article.of(null, "25 июня 2019 года состоялась сессия, план на 12 июля 2019 года", "ru")
        .sentences().get(0);
    assertThat(Dates.near(s, 5, null)).isEqualTo("2019-06-25");
    assertThat(Dates.near(s, s.size() - 1, null)).isEqualTo("2019-07-12");
  }

  @Test
  void aDatelineAboveTheTextIsThePublicationDate() {
    Article article = Article.of("Прошла сессия", "Новости региона\n15 Марта, 2022\nСегодня прошла сессия.", "ru");
    assertThat(Dates.dateline(article)).isEqualTo("2022-03-15");
    Article withPlace = Article.of(null, "Актобе, 14 апреля 2016 года\nСегодня прошла сессия.", "ru");
    assertThat(Dates.dateline(withPlace)).isEqualTo("2016-04-14");
    Article noDateline = Article.of(null, "14 апреля 2016 года в Актобе прошла сессия ассамблеи народа Казахстана области.", "ru");
    assertThat(Dates.dateline(noDateline)).isNull();
  }

  @Test
  void aLineThatStartsWithADateAndATimeIsADateline() {
    assertThat(Dates.dateline(Article.of(null, "30 Апреля 2019, 13:45 Фото: Бауыржан Жуасбаев\nТекст.", "ru")))
        .isEqualTo("2019-04-30");
    assertThat(Dates.dateline(Article.of(null, "3 Қазан 2023, 09:15 Бөлісу: VIDEO Фото: видеодан скриншот\nМәтін.", "kk")))
        .isEqualTo("2023-10-03");
    assertThat(Dates.dateline(Article.of(null, "26.03.2014г. в 20:30 Свыше полутора тысяч делегатов примут участие\nТекст.", "ru")))
        .isEqualTo("2014-03-26");
  }

  @Test
  void nakanuneIsTheDayBefore() {
    assertThat(date("Накануне состоялось заседание сессии", "ru", LocalDate.of(2019, 4, 30))).isEqualTo("2019-04-29");
  }
}
