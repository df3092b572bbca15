package io.newsstream.streams.topology;

import static io.newsstream.streams.topology.NewsTopologyDriver.START;
import static io.newsstream.streams.topology.NewsTopologyDriver.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.schema.DuplicateKind;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The de-duplication verdicts: exact and near copies, and one answer whatever order copies arrive
 * in (earliest event time, then smallest id). Output topics are read as tables, the way consumers
 * and the views read them: a tombstone withdraws what was published under its key.
 */
class DedupVerdictTest {
  /** A regional news story of six paragraphs, written for this test. */
  static final String STORY = String.join("\n\n",
      "В Талдыкоргане прошла XXV сессия Ассамблеи народа Казахстана Алматинской области.",
      "Заседание открыл аким области. Он отметил, что за год этнокультурные объединения провели более "
          + "трехсот мероприятий, посвященных укреплению общественного согласия и единства народа.",
      "Участники сессии обсудили ход реализации поручений, данных на республиканской сессии Ассамблеи, "
          + "и итоги работы советов общественного согласия в районах и городах области.",
      "Особое внимание уделили работе с молодежью: в школах и колледжах области открыты клубы "
          + "дебатов, проходят фестивали национальных культур и курсы государственного языка.",
      "Выступившие председатели этнокультурных центров рассказали о подготовке к празднованию "
          + "Дня благодарности и о проектах медиации, которые помогают решать споры в селах.",
      "По итогам сессии принята резолюция, в которой определены задачи на следующий год.");
  static final String OTHER_STORY = String.join("\n\n",
      "В Шымкенте открылся областной форум предпринимателей, посвященный развитию малого бизнеса.",
      "На форум собрались более пятисот участников из всех районов. Обсуждались кредиты, налоги, "
          + "цифровизация государственных услуг и поддержка молодых фермеров.",
      "Банки второго уровня представили новые программы льготного кредитования для сельского "
          + "хозяйства, а городской акимат рассказал о строительстве индустриальной зоны.");

  static final List<List<Integer>> EVERY_ORDER_OF_THREE = List.of(List.of(0, 1, 2), List.of(0, 2, 1),
      List.of(1, 0, 2), List.of(1, 2, 0), List.of(2, 0, 1), List.of(2, 1, 0));

  @TempDir Path stateDir;

  @Test
  void anExactCopyUnderAnotherIdIsAnExactDuplicateOfTheFirst() {
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      news.send(article("a", STORY), START);
      news.send(article("b", STORY), START.plusSeconds(60));

      assertThat(articles(news).keySet()).containsExactly("a");
      DuplicateNotice notice = duplicates(news).get("b");
      assertThat(notice.getCanonicalId()).isEqualTo("a");
      assertThat(notice.getKind()).isEqualTo(DuplicateKind.EXACT);
      assertThat(notice.getSimilarity()).isEqualTo(1.0);
      assertThat(notice.getMeasure()).isEqualTo("FINGERPRINT");
    }
  }

  @Test
  void aReprintWithAParagraphAddedAndItsEndCutIsANearDuplicate() {
    String reprint = "Сейчас читают\n\n" + STORY.substring(0, STORY.lastIndexOf("\n\n"))
        + "\n\nВ работе сессии также приняли участие депутаты маслихата и представители общественности.";
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      news.send(article("original", STORY), START);
      news.send(article("reprint", reprint), START.plusSeconds(3600));

      assertThat(articles(news).keySet()).containsExactly("original");
      DuplicateNotice notice = duplicates(news).get("reprint");
      assertThat(notice.getCanonicalId()).isEqualTo("original");
      assertThat(notice.getKind()).isEqualTo(DuplicateKind.NEAR);
      assertThat(notice.getSimilarity()).isBetween(0.5, 0.99);
      assertThat(notice.getMeasure()).isIn("JACCARD", "CONTAINMENT");
    }
  }

  @Test
  void differentStoriesAreBothUnique() {
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      news.send(article("one", STORY), START);
      news.send(article("two", OTHER_STORY), START.plusSeconds(5));

      assertThat(articles(news).keySet()).containsExactly("one", "two");
      assertThat(duplicates(news)).isEmpty();
    }
  }

  @Test
  void anEarlierCopyArrivingLateBecomesCanonicalAndTheArticlePublishedBeforeItIsRetracted() {
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      news.send(article("later", STORY), START);
      news.send(article("earlier", STORY), START.minus(Duration.ofHours(5)));

      List<EnrichedArticle> published = new ArrayList<>();
      Map<String, EnrichedArticle> table = new TreeMap<>();
      news.articles.readKeyValuesToList().forEach(kv -> {
        if (kv.value != null) {
          published.add(kv.value);
        }
        table.put(kv.key, kv.value);
      });
      assertThat(published).extracting(EnrichedArticle::getId).containsExactly("later", "earlier");
      assertThat(table.get("later")).as("retracted by a tombstone").isNull();
      assertThat(duplicates(news).get("later").getCanonicalId()).isEqualTo("earlier");
    }
  }

  @Test
  void threeCopiesEndWithTheSameVerdictsInEveryArrivalOrder() {
    String reprint = STORY + "\n\nФото пресс-службы акимата.";
    List<RawArticle> copies = List.of(
        article("x-first", STORY), article("y-second", reprint), article("z-third", STORY));
    List<Duration> published = List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(2));
    for (List<Integer> order : EVERY_ORDER_OF_THREE) {
      Map<String, DuplicateNotice> notices = noticesAfter(copies, published, order, "x-first");
      assertThat(notices.keySet()).as("arrival order %s", order).containsExactly("y-second", "z-third");
      assertThat(notices.get("z-third").getKind()).isEqualTo(DuplicateKind.EXACT);
      assertThat(notices.get("y-second").getKind()).isEqualTo(DuplicateKind.NEAR);
    }
  }

  @Test
  void aCopyOfACopyNamesTheStorysCanonicalInEveryArrivalOrder() {
    // The evening version is near the full one only, not the morning one, the canonical of both.
    String morning = UpdatedStory.MORNING;
    String full = UpdatedStory.FULL;
    String evening = UpdatedStory.EVENING;
    NearDuplicateDetector detector = new NearDuplicateDetector(NearDuplicateDetector.Settings.standard());
    assertThat(detector.similarityIfDuplicate(detector.sketch(morning), detector.sketch(full))).isPresent();
    assertThat(detector.similarityIfDuplicate(detector.sketch(full), detector.sketch(evening))).isPresent();
    assertThat(detector.similarityIfDuplicate(detector.sketch(morning), detector.sketch(evening))).isEmpty();

    List<RawArticle> versions = List.of(article("morning", morning), article("full", full), article("evening", evening));
    List<Duration> published = List.of(Duration.ZERO, Duration.ofHours(2), Duration.ofHours(4));
    for (List<Integer> order : EVERY_ORDER_OF_THREE) {
      Map<String, DuplicateNotice> notices = noticesAfter(versions, published, order, "morning");
      assertThat(notices.keySet()).as("arrival order %s", order).containsExactly("evening", "full");
      // The evening version's similarity is to the copy it matched, the full one.
      assertThat(notices.get("evening").getSimilarity()).isBetween(0.55, 0.99);
    }
  }

  @Test
  void copiesWithTheSameEventTimeGoToTheSmallestId() {
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      news.send(article("b", STORY), START);
      news.send(article("a", STORY), START);

      assertThat(articles(news).keySet()).containsExactly("a");
      assertThat(duplicates(news).get("b").getCanonicalId()).isEqualTo("a");
    }
  }

  @Test
  void aReSentArticleIsADuplicateOfItselfAndACorrectionReplacesIt() {
    String corrected = STORY.replace("трехсот", "четырехсот");
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      news.send(article("a", STORY), START);
      news.send(article("a", STORY), START.plusSeconds(10));
      DuplicateNotice resent = duplicates(news).get("a");
      assertThat(resent.getCanonicalId()).isEqualTo("a");
      assertThat(resent.getKind()).isEqualTo(DuplicateKind.EXACT);

      news.send(article("a", corrected), START.plusSeconds(20));
      Map<String, EnrichedArticle> table = articles(news);
      assertThat(table.get("a").getText()).contains("четырехсот");
    }
  }

  /**
   * Sends the copies in {@code order}, each at its publication time, checks that {@code canonical}
   * is the one article and every notice names it, and returns the notices.
   */
  private Map<String, DuplicateNotice> noticesAfter(
      List<RawArticle> copies, List<Duration> published, List<Integer> order, String canonical) {
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir.resolve(order.toString()))) {
      for (int i : order) {
        news.send(copies.get(i), START.plus(published.get(i)));
      }
      assertThat(articles(news).keySet()).as("arrival order %s", order).containsExactly(canonical);
      Map<String, DuplicateNotice> notices = duplicates(news);
      assertThat(notices.values()).extracting(DuplicateNotice::getCanonicalId).as("arrival order %s", order)
          .containsOnly(canonical);
      return notices;
    }
  }

  private static Map<String, EnrichedArticle> articles(NewsTopologyDriver news) {
    return table(news.articles);
  }

  private static Map<String, DuplicateNotice> duplicates(NewsTopologyDriver news) {
    return table(news.duplicates);
  }

  /** A topic as a table: the latest value per key, a tombstone removing it. */
  private static <V> Map<String, V> table(TestOutputTopic<String, V> topic) {
    Map<String, V> table = new TreeMap<>();
    topic.readKeyValuesToList().forEach(kv -> {
      if (kv.value == null) {
        table.remove(kv.key);
      } else {
        table.put(kv.key, kv.value);
      }
    });
    return table;
  }
}
