package io.newsstream.dedup;

import io.newsstream.dedup.eval.LabelledSet;
import io.newsstream.dedup.eval.Score;
import io.newsstream.dedup.eval.Scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real set's edit structures in our own words: each group of the cached real set (a site's
 * own lead in front, a cut, a reorder, clutter, a quote-dominant story, independent reports of one
 * event, different stories sharing a boilerplate paragraph) written anew, with labels in
 * {@code realset/fixtures/labels.json}.
 *
 * <p>Fails below issue 13's precision target (0.98) and below the recall measured with the
 * standard settings: 48 of the 67 copy pairs (0.72, short of the 0.90 target). Bands and anchors
 * make 66 of them candidates; the misses share too little of the smaller text or of its core for
 * the reprint rules, as the hard negatives do; see docs/dedup.md.
 */
class RealSetFixturesTest {
  static final Path FOLDER = Path.of("src/test/resources/realset/fixtures");
  static final Path LABELS = FOLDER.resolve("labels.json");
  /** Copy pairs the standard settings find among the fixtures' 67 (docs/dedup.md). */
  static final int MEASURED_FOUND = 56;
  /** Issue 13's precision target. */
  static final double PRECISION_TARGET = 0.98;

  @Test
  void fixturesMeetTheRealSetTargets() {
    List<LabelledSet.Doc> docs = LabelledSet.load(LABELS, FOLDER);
    assertThat(docs).hasSameSizeAs(LabelledSet.pages(LABELS));

    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    Score score = Scoring.matcher(detector, docs);
    System.out.printf("%nFixtures, %s%n%s%n", detector.settings(), score.summary());
    score.misses().forEach(m -> System.out.println("miss: " + m));
    score.falseMatches().forEach(m -> System.out.println("false match: " + m));

    assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION_TARGET);
    assertThat(score.found()).as("copy pairs found").isGreaterThanOrEqualTo(MEASURED_FOUND);
  }
}
