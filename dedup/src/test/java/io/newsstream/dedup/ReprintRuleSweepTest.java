package io.newsstream.dedup;

import io.newsstream.dedup.eval.LabelledSet;
import io.newsstream.dedup.eval.Score;
import io.newsstream.dedup.eval.Scoring;
import io.newsstream.dedup.eval.LshCandidates;

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

  private static List<LabelledSet.Doc> realSet() {
    String dir = System.getenv(RealSetCacheTest.CACHE_VARIABLE);
    return dir != null && Files.isDirectory(Path.of(dir)) ? LabelledSet.load(RealSetCacheTest.LABELS, Path.of(dir)) : List.of();
  }

  @Test
  void reprintRules() {
    Settings standard = Settings.standard();
    Benchmark b = new Benchmark(new NearDuplicateDetector(standard), DOCS, CORPUS.hardNegatives());
    List<LabelledSet.Doc> fixtures = LabelledSet.load(RealSetFixturesTest.LABELS, RealSetFixturesTest.FOLDER);
    List<LabelledSet.Doc> real = realSet();
    System.out.printf("%nreprint rules at %d bands x %d rows: generator precision / recall / hard-negative FP; fixtures recall / precision; real set recall / precision%n",
        standard.bands(), standard.hashes() / standard.bands());
    double off = 2;
    for (int overlap : new int[] {15, 20, 30}) {
      for (double c : new double[] {0.3, 0.35, 0.4, 0.5, 0.6}) {
        print("containment", overlap, c, standard.withContainmentRule(c, overlap).withCoreRule(off, 1), b, fixtures, real);
      }
    }
    for (int overlap : new int[] {15, 20, 30}) {
      for (double c : new double[] {0.5, 0.6, 0.7, 0.8}) {
        print("core", overlap, c, standard.withContainmentRule(off, 1).withCoreRule(c, overlap), b, fixtures, real);
      }
    }
    print("standard", standard.minOverlap(), standard.containment(), standard, b, fixtures, real);
    assertThat(b.evaluate(standard).precision()).as("benchmark precision of the standard rules").isEqualTo(1.0);
  }

  private static void print(String rule, int overlap, double c, Settings s, Benchmark b, List<LabelledSet.Doc> fixtures, List<LabelledSet.Doc> real) {
    Benchmark.Result r = b.evaluate(s);
    Score f = Scoring.matcher(new NearDuplicateDetector(s), fixtures);
    Score rs = Scoring.matcher(new NearDuplicateDetector(s), real);
    System.out.printf("%-11s overlap %2d  share %.2f  generator %.4f / %.4f / %3d   fixtures %.3f / %.3f   real %.3f / %.3f%n",
        rule, overlap, c, r.precision(), r.recall(), r.hardNegativeFalsePositives(), f.recall(), f.precision(), rs.recall(), rs.precision());
  }

  private static double candidatesPerPage(NearDuplicateDetector d, List<LabelledSet.Doc> docs) {
    return docs.isEmpty() ? 0 : (double) LshCandidates.of(d, docs.stream().map(x -> d.sketch(x.cleanedText())).toList()).size() / docs.size();
  }

  @Test
  void lshShape() {
    Settings standard = Settings.standard();
    List<LabelledSet.Doc> fixtures = LabelledSet.load(RealSetFixturesTest.LABELS, RealSetFixturesTest.FOLDER);
    List<LabelledSet.Doc> real = realSet();
    int[][] shapes = {{128, 32}, {126, 42}, {128, 64}, {192, 96}};
    System.out.println("\nhashes bands rows | generator: candidate-recall candidates/doc precision recall | fixtures: candidate-recall candidates/doc | real: candidate-recall candidates/doc | bytes/doc");
    for (int[] shape : shapes) {
      Settings s = new Settings(standard.shingleWords(), shape[0], shape[1], standard.threshold(), standard.containment(), standard.minOverlap(), standard.coreContainment(), standard.minCoreOverlap(), standard.seed());
      NearDuplicateDetector d = new NearDuplicateDetector(s);
      Benchmark.Result r = new Benchmark(d, DOCS, CORPUS.hardNegatives()).evaluate(s);
      Score f = Scoring.matcher(d, fixtures);
      Score rs = Scoring.matcher(d, real);
      System.out.printf("%6d %5d %4d | %.4f %7.2f %.4f %.4f | %.3f %5.2f | %.3f %5.2f | %d%n",
          shape[0], shape[1], shape[0] / shape[1], (double) r.candidatePositives() / r.positives(), r.candidatesPerDocument(), r.precision(), r.recall(),
          (double) f.candidateCopyPairs() / f.copyPairs(), candidatesPerPage(d, fixtures), rs.copyPairs() == 0 ? 0 : (double) rs.candidateCopyPairs() / rs.copyPairs(), candidatesPerPage(d, real), BytesPerArticle.of(d));
    }
  }
}
