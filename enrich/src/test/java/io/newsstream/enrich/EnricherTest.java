package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EnricherTest {
  private static final String TEXT =
      "В Актобе проходит ХХІ сессия Ассамблеи народа Казахстана Актюбинской области.\n"
          + "Открыл сессию аким области Бердибек Сапаров. Он напомнил о поручениях, данных Елбасы Нурсултаном "
          + "Назарбаевым на XXVII сессии Ассамблеи народа Казахстана.";

  @Test
  void enrichesAnArticle() {
    Enrichment e = CommandRun.ENRICHER.enrich(null, TEXT, LocalDate.of(2019, 5, 17), "ru");
    assertThat(e.isSessionReport()).isTrue();
    // "проходит": a report from the session while it sits, so dated the day it is published
    assertThat(e.session()).isEqualTo(new SessionInfo(21, Level.REGIONAL, "KZ-15", null, "Aktobe", LocalDate.of(2019, 5, 17)));
    assertThat(e.mentionedSessions()).containsExactly(new SessionMentionInfo(27, Level.NATIONAL, "KZ"));
    assertThat(e.people()).containsExactly("Бердибек Сапаров", "Нурсултан Назарбаев");
    assertThat(e.roles()).containsExactly(
        Map.entry("Бердибек Сапаров", "аким области"), Map.entry("Нурсултан Назарбаев", "Елбасы"));
    assertThat(e.places()).containsExactly("Aktobe", "Aktobe Region");
  }

  @Test
  void anArticleWithoutASession() {
    Enrichment e = CommandRun.ENRICHER.enrich("Форум", "В Павлодаре прошел форум молодежи.", null, "ru");
    assertThat(e.isSessionReport()).isFalse();
    assertThat(e.session()).isNull();
    assertThat(e.mentionedSessions()).isEmpty();
    assertThat(e.places()).containsExactly("Pavlodar");
  }

  @Test
  void emptyTextsAndUnknownLanguages() {
    Enrichment e = CommandRun.ENRICHER.enrich(null, "", null, null);
    assertThat(e).isEqualTo(new Enrichment(false, null, List.of(), List.of(), Map.of(), List.of()));
  }

  @Test
  void sharedAcrossThreadsItGivesTheSameAnswers() {
    Enrichment expected = CommandRun.ENRICHER.enrich(null, TEXT, null, "ru");
    List<Enrichment> results = IntStream.range(0, 64).parallel()
        .mapToObj(i -> CommandRun.ENRICHER.enrich(null, TEXT, null, "ru")).toList();
    assertThat(results).allMatch(expected::equals);
  }
}
