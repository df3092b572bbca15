package io.newsstream.dedup;

import io.newsstream.dedup.eval.LabelledSet;
import io.newsstream.dedup.eval.Score;
import io.newsstream.dedup.eval.Scoring;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the real development set (labels committed in {@code realset/labels.json}, texts in a
 * local cache only: they are other people's work) when the cache folder is named by the
 * environment variable {@value #CACHE_VARIABLE}; skipped otherwise. Prints the figures, each miss
 * and each false match; asserts nothing, since the set is not in the repository.
 */
class RealSetCacheTest {
  static final String CACHE_VARIABLE = "NEWSSTREAM_REALSET_DIR";
  static final Path LABELS = Path.of("src/test/resources/realset/labels.json");

  @Test
  void scoreTheCachedRealSet() {
    String dir = System.getenv(CACHE_VARIABLE);
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), CACHE_VARIABLE + " names no folder: the real set's texts are not cached here");
    List<LabelledSet.Doc> docs = LabelledSet.load(LABELS, Path.of(dir));
    assumeTrue(!docs.isEmpty(), "no labelled page's text is in " + dir);

    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    Score score = Scoring.matcher(detector, docs);
    System.out.printf("%nReal set (%d of %d labelled pages cached in %s), %s%n%s%n", docs.size(), LabelledSet.pages(LABELS).size(), dir, detector.settings(), score.summary());
    score.misses().forEach(m -> System.out.println("miss: " + m));
    score.falseMatches().forEach(m -> System.out.println("false match: " + m));
  }
}
