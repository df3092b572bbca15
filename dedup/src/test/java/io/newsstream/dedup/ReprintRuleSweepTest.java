package io.newsstream.dedup;

import io.newsstream.dedup.BenchmarkDocs.Doc;
import io.newsstream.dedup.NearDuplicateDetector.Settings;
import io.newsstream.dedup.corpus.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints how the core-containment rule and the LSH shape trade precision against recall on the
 * generator's benchmark (with its hard negatives), the fixtures and, when cached, the real set: the
 * measurements behind the reprint defaults in {@link Settings}. Two minutes of sweeping, so it runs
 * when asked: {@code -Dnewsstream.sweeps=true}.
 */
@EnabledIfSystemProperty(named = "newsstream.sweeps", matches = "true")
class ReprintRuleSweepTest {
  private static final Corpus CORPUS = Corpus.build(NearDuplicateQualityTest.PER_LANGUAGE, NearDuplicateQualityTest.HARD_PER_LANGUAGE, NearDuplicateQualityTest.SEED);
  private static final List<Doc> DOCS = BenchmarkDocs.of(BenchmarkDocs.bases(CORPUS), NearDuplicateQualityTest.SEED);

  private static List<RealSet.Doc> realSet() {
    String dir = System.getenv(RealSetCacheTest.CACHE_VARIABLE);
    return dir != null && Files.isDirectory(Path.of(dir)) ? RealSet.load(RealSetCacheTest.LABELS, Path.of(dir)) : List.of();
  }

  @Test
  void coreRule() {
    // At 64 bands of 2 rows, where the real set's copies all become candidates (see lshShape).
    Settings standard = new Settings(4, 128, 64, Settings.DEFAULT_THRESHOLD, Settings.standard().seed());
    Benchmark b = new Benchmark(new NearDuplicateDetector(standard), DOCS, CORPUS.hardNegatives());
    List<RealSet.Doc> fixtures = RealSet.load(RealSetFixturesTest.LABELS, RealSetFixturesTest.FOLDER);
    List<RealSet.Doc> real = realSet();
    System.out.printf("%ncore rule at %d bands x %d rows: generator precision / recall / hard-negative FP; fixtures recall / precision; real set recall / precision%n", standard.bands(), standard.hashes() / standard.bands());
    for (int overlap : new int[] {20, 30, 40}) {
      for (double c : new double[] {0.6, 0.7, 0.8, 0.85}) {
        Settings s = standard.withCoreRule(c, overlap);
        Benchmark.Result r = b.evaluate(s);
        RealSet.Score f = RealSet.score(new NearDuplicateDetector(s), fixtures);
        RealSet.Score rs = RealSet.score(new NearDuplicateDetector(s), real);
        System.out.printf("overlap %2d  containment %.2f  generator %.4f / %.4f / %3d   fixtures %.3f / %.3f   real %.3f / %.3f%n",
            overlap, c, r.precision(), r.recall(), r.hardNegativeFalsePositives(), f.recall(), f.precision(), rs.recall(), rs.precision());
      }
    }
    // The standard core rule must stay exact on the benchmark even with the two-row bands that more
    // bands would bring, which make 20 times as many pairs candidates.
    Settings rule = standard.withCoreRule(Settings.standard().coreContainment(), Settings.standard().minCoreOverlap());
    assertThat(b.evaluate(rule).precision()).as("benchmark precision of the standard core rule at 64 x 2").isEqualTo(1.0);
  }

  @Test
  void lshShape() {
    Settings standard = Settings.standard();
    List<RealSet.Doc> fixtures = RealSet.load(RealSetFixturesTest.LABELS, RealSetFixturesTest.FOLDER);
    List<RealSet.Doc> real = realSet();
    int[][] shapes = {{128, 32}, {126, 42}, {128, 64}};
    System.out.println("\nhashes bands rows | generator: candidate-recall candidates/doc precision recall | fixtures: candidate-recall candidates/doc | real: candidate-recall candidates/doc | bytes/doc");
    for (int[] shape : shapes) {
      Settings s = new Settings(standard.shingleWords(), shape[0], shape[1], standard.threshold(), standard.coreContainment(), standard.minCoreOverlap(), standard.seed());
      NearDuplicateDetector d = new NearDuplicateDetector(s);
      Benchmark.Result r = new Benchmark(d, DOCS, CORPUS.hardNegatives()).evaluate(s);
      RealSet.Score f = RealSet.score(d, fixtures);
      RealSet.Score rs = RealSet.score(d, real);
      System.out.printf("%6d %5d %4d | %.4f %7.2f %.4f %.4f | %.3f %5.2f | %.3f %5.2f | %d%n",
          shape[0], shape[1], shape[0] / shape[1], (double) r.candidatePositives() / r.positives(), r.candidatesPerDocument(), r.precision(), r.recall(),
          f.candidateRecall(), f.candidatesPerDocument(), rs.candidateRecall(), rs.candidatesPerDocument(), BytesPerArticle.of(d));
    }
  }
}
