package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.dedup.BenchmarkDocs.Doc;
import io.newsstream.dedup.NearDuplicateDetector.Settings;
import io.newsstream.dedup.corpus.Corpus;
import io.newsstream.dedup.variants.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints how shingle size, LSH shape and threshold trade precision against recall on the benchmark,
 * the measurements behind {@link Settings#standard()}, and checks the standard settings sit where
 * both targets hold with a margin on either side.
 */
class ThresholdSweepTest {
  private static final Corpus CORPUS = Corpus.build(NearDuplicateQualityTest.PER_LANGUAGE, NearDuplicateQualityTest.HARD_PER_LANGUAGE, NearDuplicateQualityTest.SEED);
  private static final List<Doc> DOCS = BenchmarkDocs.of(BenchmarkDocs.bases(CORPUS), NearDuplicateQualityTest.SEED);

  @Test
  void shingleSizeAndThreshold() {
    Settings standard = Settings.standard();
    System.out.println("\nk  threshold  precision  recall  hard-FP  min-positive  max-negative  max-hard-negative");
    for (int k = 2; k <= 5; k++) {
      Benchmark b = new Benchmark(new NearDuplicateDetector(new Settings(k, standard.hashes(), standard.bands(), standard.threshold(), standard.seed())), DOCS, CORPUS.hardNegatives());
      double minPositive = 1;
      for (Variant.Kind kind : Variant.Kind.values()) {
        minPositive = Math.min(minPositive, b.positiveSimilarities(kind.name()).get(0));
      }
      for (double t = 0.40; t <= 0.751; t += 0.05) {
        Benchmark.Result r = b.evaluate(t);
        System.out.printf("%d  %.2f       %.4f     %.4f  %3d      %.3f         %.3f         %.3f%n",
            k, t, r.precision(), r.recall(), r.hardNegativeFalsePositives(), minPositive, b.highestNegativeSimilarity(false), b.highestNegativeSimilarity(true));
      }
    }
  }

  @Test
  void theStandardThresholdHasMarginOnBothSides() {
    Settings standard = Settings.standard();
    Benchmark b = new Benchmark(new NearDuplicateDetector(standard), DOCS, CORPUS.hardNegatives());

    Benchmark.Result lower = b.evaluate(standard.threshold() - 0.05);
    Benchmark.Result higher = b.evaluate(standard.threshold() + 0.05);

    assertThat(lower.precision()).as("precision a step below the threshold").isGreaterThanOrEqualTo(0.99);
    assertThat(higher.recall()).as("recall a step above the threshold").isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void lshShape() {
    Settings standard = Settings.standard();
    // Two rows a band (64/32, 128/64) were measured too: 60 to 120 candidates a document for no recall; see the README.
    int[][] shapes = {{64, 16}, {96, 24}, {128, 16}, {128, 32}, {256, 64}};
    System.out.println("\nhashes  bands  rows  candidate-recall  candidates/doc  precision  recall  bytes/doc");
    for (int[] shape : shapes) {
      NearDuplicateDetector d = new NearDuplicateDetector(new Settings(standard.shingleWords(), shape[0], shape[1], standard.threshold(), standard.seed()));
      Benchmark.Result r = new Benchmark(d, DOCS, CORPUS.hardNegatives()).evaluate(standard.threshold());
      System.out.printf("%6d  %5d  %4d  %.4f            %7.2f        %.4f     %.4f  %d%n",
          shape[0], shape[1], shape[0] / shape[1], (double) r.candidatePositives() / r.positives(), r.candidatesPerDocument(), r.precision(), r.recall(), BytesPerArticle.of(d));
    }
  }
}
