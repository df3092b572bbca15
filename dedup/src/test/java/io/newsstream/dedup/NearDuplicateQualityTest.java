package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.dedup.BenchmarkDocs.Doc;
import io.newsstream.dedup.corpus.Corpus;
import io.newsstream.dedup.variants.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance benchmark: every base article and its variants through the full pipeline (sketch,
 * band keys, in-memory LSH index, verdict). A found pair is right when both documents come from one
 * base article; recall counts the variant-original pairs found.
 */
class NearDuplicateQualityTest {
  static final int PER_LANGUAGE = 200;
  static final int HARD_PER_LANGUAGE = 40;
  static final long SEED = 20240601L;

  @Test
  void precisionAndRecallMeetTheTargets() {
    Corpus corpus = Corpus.build(PER_LANGUAGE, HARD_PER_LANGUAGE, SEED);
    List<Doc> docs = BenchmarkDocs.of(BenchmarkDocs.bases(corpus), SEED);
    NearDuplicateDetector detector = NearDuplicateDetector.standard();

    Benchmark benchmark = new Benchmark(detector, docs, corpus.hardNegatives());
    Benchmark.Result r = benchmark.evaluate(detector.threshold());

    System.out.printf("%nNear-duplicate benchmark: %d documents from %d base articles, %d hard-negative pairs, %s%n",
        r.documents(), docs.stream().map(Doc::group).distinct().count(), corpus.hardNegatives().size(), detector.settings());
    System.out.printf("precision %.4f (%d right, %d wrong of which %d hard negatives)%n", r.precision(), r.truePositives(), r.falsePositives(), r.hardNegativeFalsePositives());
    System.out.printf("hard-negative story pairs confused: %d of %d%n", r.hardNegativeStoriesConfused(), corpus.hardNegatives().size());
    System.out.printf("recall    %.4f (%d of %d variant-original pairs; %d were candidates)%n", r.recall(), r.found(), r.positives(), r.candidatePositives());
    System.out.printf("candidates per document %.2f%n", r.candidatesPerDocument());
    System.out.println("kind                 recall");
    for (Variant.Kind kind : Variant.Kind.values()) {
      System.out.printf("%-20s %.4f  lowest similarity %.3f%n", kind, r.recall(kind.name()), benchmark.positiveSimilarities(kind.name()).get(0));
    }

    assertThat(r.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.95);
  }
}
