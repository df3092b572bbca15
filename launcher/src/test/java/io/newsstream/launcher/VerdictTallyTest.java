package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.DuplicateKind;
import io.newsstream.schema.DuplicateNotice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictTallyTest {

  @Test
  void aNewerNoticeOnADuplicateChangesItsVerdictAndCountsNoNewOne() {
    VerdictTally tally = new VerdictTally(List.of("a", "b", "c"));
    tally.published("a", "ru");
    tally.notice("c", notice("c", "b", 0.7));
    tally.published("b", "ru");
    // c then meets a, ranked before b: a second notice on c, the same verdict counted once.
    tally.notice("c", notice("c", "a", 0.8));
    assertThat(tally.decided()).isEqualTo(3);
    assertThat(tally.duplicates()).isEqualTo(1);
    assertThat(tally.verdictOf("c").canonicalId()).isEqualTo("a");
  }

  @Test
  void aRetractedArticleIsADuplicateAndNotAnArticle() {
    VerdictTally tally = new VerdictTally(List.of("late", "early"));
    tally.published("late", "kk");
    tally.published("early", "kk");
    tally.retracted("late");
    tally.notice("late", notice("late", "early", 0.9));
    assertThat(tally.decided()).isEqualTo(2);
    assertThat(tally.articles()).isEqualTo(1);
    assertThat(tally.duplicates()).isEqualTo(1);
    assertThat(tally.languages()).isEqualTo(Map.of("kk", 1L));
    assertThat(tally.verdictOf("late").verdict()).isEqualTo("duplicate");
  }

  @Test
  void anIdSentThreeTimesNeedsThreeVerdictsAndHasTwoDuplicates() {
    VerdictTally tally = new VerdictTally(List.of("x", "x", "x"));
    tally.published("x", "ru");
    assertThat(tally.decided()).isEqualTo(1);
    // The re-sends are duplicates of the article itself: the id is both published and noticed.
    tally.notice("x", notice("x", "x", 1.0));
    tally.notice("x", notice("x", "x", 1.0));
    assertThat(tally.decided()).isEqualTo(3);
    assertThat(tally.articles()).isEqualTo(1);
    assertThat(tally.duplicates()).isEqualTo(2);
    assertThat(tally.verdictOf("x").verdict()).isEqualTo("unique");
  }

  @Test
  void aCorrectionThatIsUniqueAfterAllLosesItsNotice() {
    VerdictTally tally = new VerdictTally(List.of("x", "y", "x"));
    tally.published("y", "ru");
    tally.notice("x", notice("x", "y", 0.9));
    tally.noticeWithdrawn("x");
    tally.published("x", "ru");
    assertThat(tally.decided()).isEqualTo(3);
    assertThat(tally.articles()).isEqualTo(2);
    assertThat(tally.duplicates()).isZero();
  }

  @Test
  void otherRunsIdsAreNotItsConcern() {
    VerdictTally tally = new VerdictTally(List.of("mine"));
    assertThat(tally.concerns("mine")).isTrue();
    assertThat(tally.concerns("theirs")).isFalse();
    tally.rejected("mine");
    assertThat(tally.decided()).isEqualTo(1);
    assertThat(tally.rejected()).isEqualTo(1);
    assertThat(tally.verdictOf("mine").verdict()).isEqualTo("rejected");
    assertThat(tally.verdictOf("theirs")).isNull();
  }

  private static DuplicateNotice notice(String duplicate, String canonical, double similarity) {
    return DuplicateNotice.newBuilder()
        .setDuplicateId(duplicate)
        .setCanonicalId(canonical)
        .setSimilarity(similarity)
        .setKind(similarity == 1.0 ? DuplicateKind.EXACT : DuplicateKind.NEAR)
        .setFingerprint("f")
        .setDetectedAt(Instant.EPOCH)
        .build();
  }
}
