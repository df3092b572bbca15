package io.newsstream.streams.dedup;

import static io.newsstream.streams.dedup.PartitionedDedup.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.schema.DuplicateKind;
import io.newsstream.streams.dedup.records.DedupMessageKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De-duplication across four partitions: an article's bands are searched where they are owned,
 * the answers come back to its home, and the verdicts are those of one partition, whatever the
 * arrival order, at a fixed number of messages per article.
 */
class DeduplicatorPartitionsTest {
  private static final int PARTITIONS = 4;
  private static final List<String> WORDS = List.of("сессия", "ассамблея", "область", "аким", "депутаты",
      "согласие", "молодежь", "культура", "язык", "центр", "совет", "район", "город", "форум", "проект", "бюджет",
      "школа", "больница", "дорога", "фермеры", "урожай", "экспорт", "инвестиции", "туризм", "спорт", "выставка",
      "концерт", "премия", "ветераны", "волонтеры", "медиация", "резолюция", "поручение", "итоги", "план");

  @TempDir Path stateDir;

  @Test
  void copiesOnDifferentPartitionsNameTheEarliestInEveryArrivalOrder() {
    Random random = new Random(11);
    String story = story(random, 8);
    // The same story three ways: as published, with a paragraph of its own added, and its last paragraph cut.
    Map<String, String> copies = new TreeMap<>(Map.of(
        "copy-a", story,
        "copy-b", story + "\n\n" + paragraph(random),
        "copy-c", story.substring(0, story.lastIndexOf("\n\n"))));
    List<String> order = new ArrayList<>(copies.keySet());
    for (int round = 0; round < 6; round++) {
      Collections.shuffle(order, new Random(round));
      PartitionedDedup dedup = new PartitionedDedup(PARTITIONS, stateDir.resolve("round" + round));
      for (String id : order) {
        // copy-a ranks first by event time, whatever the order it arrives in.
        dedup.send(id, copies.get(id), START.plusSeconds(60L * (id.charAt(5) - 'a')));
      }
      assertThat(dedup.results.get("copy-a")).as("order %s", order).isInstanceOf(DedupResult.Unique.class);
      for (String copy : List.of("copy-b", "copy-c")) {
        assertThat(dedup.results.get(copy)).as("%s in order %s", copy, order)
            .isInstanceOfSatisfying(DedupResult.Notice.class, n -> {
              assertThat(n.notice().getCanonicalId()).isEqualTo("copy-a");
              assertThat(n.notice().getKind()).isEqualTo(DuplicateKind.NEAR);
            });
      }
    }
  }

  @Test
  void aReprintInsideAnotherSitesFramingIsFoundThroughItsAnchorsInEitherOrder() {
    Random random = new Random(5);
    List<String> story = List.of(story(random, 6).split("\n\n"));
    // The middle of the story inside twice as much of another site's own text: Jaccard about 0.15.
    String reprint = String.join("\n\n", story(random, 6), String.join("\n\n", story.subList(1, 4)), story(random, 6));
    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    assertThat(detector.bandKeys(detector.sketch(reprint)))
        .as("no band in common: only an anchor makes the pair a candidate")
        .doesNotContainAnyElementsOf(detector.bandKeys(detector.sketch(String.join("\n\n", story))));
    for (List<String> order : List.of(List.of("original", "reprint"), List.of("reprint", "original"))) {
      PartitionedDedup dedup = new PartitionedDedup(PARTITIONS, stateDir.resolve(order.get(0)));
      for (String id : order) {
        dedup.send(id, id.equals("original") ? String.join("\n\n", story) : reprint,
            START.plusSeconds(id.equals("original") ? 0 : 60));
      }
      assertThat(dedup.results.get("original")).as("order %s", order).isInstanceOf(DedupResult.Unique.class);
      assertThat(dedup.results.get("reprint")).as("order %s", order)
          .isInstanceOfSatisfying(DedupResult.Notice.class, n -> {
            assertThat(n.notice().getCanonicalId()).isEqualTo("original");
            assertThat(n.notice().getMeasure()).isEqualTo("CONTAINMENT");
          });
    }
  }

  @Test
  void aUniqueArticleCostsOneSketchAndOneAnswerPerOtherPartitionThatOwnsItsBands() {
    PartitionedDedup dedup = new PartitionedDedup(PARTITIONS, stateDir);
    Random random = new Random(3);
    int articles = 50;
    for (int i = 0; i < articles; i++) {
      dedup.send("article-" + i, story(random, 6), START.plusSeconds(i));
    }
    assertThat(dedup.results.values()).hasSize(articles).allMatch(r -> r instanceof DedupResult.Unique);
    Map<DedupMessageKind, Long> byKind = dedup.messagesSent.stream()
        .collect(Collectors.groupingBy(m -> m.value().getKind(), Collectors.counting()));
    long sketchDeliveries = dedup.messagesSent.stream()
        .filter(m -> m.value().getKind() == DedupMessageKind.SKETCH).mapToLong(m -> m.value().getTo().size()).sum();
    assertThat(byKind.keySet()).containsOnly(DedupMessageKind.SKETCH, DedupMessageKind.ANSWER);
    assertThat(sketchDeliveries).isEqualTo(byKind.get(DedupMessageKind.ANSWER));
    // 32 bands over 4 partitions: nearly always all four own some, so three others answer.
    assertThat(sketchDeliveries).isBetween((long) articles * (PARTITIONS - 2), (long) articles * (PARTITIONS - 1));
    // Every message is keyed by the article it is about, never by a band: a dead letter names the article.
    assertThat(dedup.messagesSent).allMatch(m -> m.key().startsWith("article-"));
  }

  @Test
  void anAnswerThatDoesNotComeDelaysTheVerdictUntilTheWaitEndsThenItIsDecidedOnTheAnswersThatCame() {
    PartitionedDedup dedup = new PartitionedDedup(PARTITIONS, stateDir);
    Random random = new Random(5);
    dedup.send("first", story(random, 8), START);
    dedup.holdBack(m -> m.value().getKind() == DedupMessageKind.ANSWER && m.key().equals("second"));
    dedup.send("second", story(random, 8), START.plusSeconds(60));

    assertThat(dedup.results).containsKey("first").doesNotContainKey("second");
    dedup.advanceWallClock(PartitionedDedup.MAX_WAIT.minusSeconds(10));
    assertThat(dedup.results).doesNotContainKey("second");
    dedup.advanceWallClock(Duration.ofSeconds(40));
    assertThat(dedup.results.get("second")).isInstanceOf(DedupResult.Unique.class);
  }

  @Test
  void aCopyDecidedUniqueForWantOfAnswersIsRetractedWhenTheLateAnswerNamesItsOriginal() {
    PartitionedDedup dedup = new PartitionedDedup(PARTITIONS, stateDir);
    Random random = new Random(9);
    String story = story(random, 8);
    dedup.send("original", story, START);
    dedup.holdBack(m -> m.value().getKind() == DedupMessageKind.ANSWER && m.key().equals("copy"));
    dedup.send("copy", story + "\n\n" + paragraph(random), START.plusSeconds(60));
    dedup.advanceWallClock(PartitionedDedup.MAX_WAIT.plusSeconds(30));
    boolean judgedAtHome = dedup.results.get("copy") instanceof DedupResult.Notice;

    dedup.deliverHeldBack();

    assertThat(dedup.results.get("copy")).isInstanceOfSatisfying(DedupResult.Notice.class,
        n -> assertThat(n.notice().getCanonicalId()).isEqualTo("original"));
    if (!judgedAtHome) {
      assertThat(dedup.results.get("original")).isInstanceOf(DedupResult.Unique.class);
    }
  }

  @Test
  void aPartitionRestartedWhileItsVerdictWaitsAsksAgainAndIgnoresTheCountOfAnswersToTheOldRequest() {
    PartitionedDedup dedup = new PartitionedDedup(PARTITIONS, stateDir);
    Random random = new Random(13);
    String story = story(random, 8);
    dedup.send("original", story, START);
    dedup.holdBack(m -> m.value().getKind() == DedupMessageKind.ANSWER && m.key().equals("copy"));
    dedup.send("copy", story + "\n\n" + paragraph(random), START.plusSeconds(60));
    assumeFalse(dedup.results.containsKey("copy"), "the pair is judged on the copy's own partition with this seed");
    dedup.holdBack(m -> false);
    dedup.restart(dedup.home("copy"));
    dedup.advanceWallClock(Duration.ofSeconds(1));

    assertThat(dedup.results.get("copy")).isInstanceOfSatisfying(DedupResult.Notice.class,
        n -> assertThat(n.notice().getCanonicalId()).isEqualTo("original"));
    assertThat(dedup.results.get("original")).isInstanceOf(DedupResult.Unique.class);
  }

  private static String story(Random random, int paragraphs) {
    List<String> text = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      text.add(paragraph(random));
    }
    return String.join("\n\n", text);
  }

  private static String paragraph(Random random) {
    StringBuilder paragraph = new StringBuilder();
    for (int word = 0; word < 30; word++) {
      paragraph.append(word == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
      if (random.nextInt(5) == 0) {
        paragraph.append(' ').append(random.nextInt(1000));
      }
    }
    return paragraph.append('.').toString();
  }
}
