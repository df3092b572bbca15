package io.newsstream.dedup;

import io.newsstream.dedup.BenchmarkDocs.Doc;
import io.newsstream.dedup.eval.LshCandidates;
import io.newsstream.dedup.eval.LshCandidates.Pair;
import io.newsstream.dedup.corpus.Corpus.HardNegative;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The full pipeline over the benchmark documents: sketch, band keys, candidates from an in-memory
 * LSH index (each document meets the earlier ones sharing a band key, as in the stream), verdict.
 * Sketches and candidates are made once; {@link #evaluate} judges them under any threshold.
 */
final class Benchmark {
  /** The counts of one evaluation. */
  record Result(
      double threshold,
      int truePositives,
      int falsePositives,
      int hardNegativeFalsePositives,
      int hardNegativeStoriesConfused,
      int positives,
      int found,
      Map<String, int[]> foundPerKind,
      int candidatePairs,
      int candidatePositives,
      int documents) {
    double precision() {
      int flagged = truePositives + falsePositives;
      return flagged == 0 ? 1.0 : (double) truePositives / flagged;
    }

    /** Share of variant-original pairs found. */
    double recall() {
      return (double) found / positives;
    }

    double recall(String kind) {
      int[] counts = foundPerKind.get(kind);
      return (double) counts[0] / counts[1];
    }

    double candidatesPerDocument() {
      return (double) candidatePairs / documents;
    }
  }

  private final NearDuplicateDetector detector;
  private final List<Doc> docs;
  private final Set<String> hardGroups = new HashSet<>();
  private final List<Sketch> sketches = new ArrayList<>();
  private final Set<Pair> candidates = new LinkedHashSet<>();
  private final ShingleFrequencies frequencies = new ShingleFrequencies();
  /** For each variant's index, its original's index. */
  private final Map<Integer, Integer> originalOf = new TreeMap<>();

  Benchmark(NearDuplicateDetector detector, List<Doc> docs, List<HardNegative> hardNegatives) {
    this.detector = detector;
    this.docs = docs;
    for (HardNegative h : hardNegatives) {
      hardGroups.add(h.a() + "|" + h.b());
      hardGroups.add(h.b() + "|" + h.a());
    }
    Map<String, Integer> originals = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Doc doc = docs.get(i);
      sketches.add(detector.sketch(doc.cleanedText()));
      if (doc.kind().equals(BenchmarkDocs.ORIGINAL)) {
        originals.put(doc.group(), i);
      } else {
        originalOf.put(i, originals.get(doc.group()));
      }
    }
    candidates.addAll(LshCandidates.of(detector, sketches));
    // The frequencies an index holding the whole set would have: its stock sentences and
    // boilerplate are in hundreds of documents, a story's own words in its 9 versions.
    sketches.forEach(frequencies::add);
  }

  /** Judges every candidate pair with a detector of the same sketches and another threshold. */
  Result evaluate(double threshold) {
    return evaluate(detector.settings().withThreshold(threshold));
  }

  /** Judges every candidate pair with a detector of the same sketches and other verdict settings (threshold, core rule). */
  Result evaluate(NearDuplicateDetector.Settings verdict) {
    double threshold = verdict.threshold();
    NearDuplicateDetector judge = new NearDuplicateDetector(verdict);
    int tp = 0;
    int fp = 0;
    int hardFp = 0;
    Set<Pair> flagged = new HashSet<>();
    Set<String> confused = new HashSet<>();
    for (Pair p : candidates) {
      if (judge.matchIfDuplicate(sketches.get(p.a()), sketches.get(p.b()), frequencies.common()).isPresent()) {
        flagged.add(p);
        String ga = docs.get(p.a()).group();
        String gb = docs.get(p.b()).group();
        if (ga.equals(gb)) {
          tp++;
        } else {
          fp++;
          if (hardGroups.contains(ga + "|" + gb)) {
            hardFp++;
            confused.add(ga.compareTo(gb) < 0 ? ga + "|" + gb : gb + "|" + ga);
          }
        }
      }
    }
    Map<String, int[]> perKind = new TreeMap<>();
    int found = 0;
    int candidatePositives = 0;
    for (Map.Entry<Integer, Integer> e : originalOf.entrySet()) {
      Pair pair = new Pair(e.getValue(), e.getKey());
      int[] counts = perKind.computeIfAbsent(docs.get(e.getKey()).kind(), k -> new int[2]);
      counts[1]++;
      candidatePositives += candidates.contains(pair) ? 1 : 0;
      if (flagged.contains(pair)) {
        counts[0]++;
        found++;
      }
    }
    return new Result(threshold, tp, fp, hardFp, confused.size(), originalOf.size(), found, perKind, candidates.size(), candidatePositives, docs.size());
  }

  /** The estimated similarity of every variant to its original, lowest first: how close to the threshold the positives come. */
  List<Double> positiveSimilarities(String kind) {
    List<Double> out = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : originalOf.entrySet()) {
      if (docs.get(e.getKey()).kind().equals(kind)) {
        out.add(sketches.get(e.getKey()).agreement(sketches.get(e.getValue())));
      }
    }
    out.sort(null);
    return out;
  }

  /** The highest estimated similarity of two documents of different stories among the candidates; hard negatives only if asked. */
  double highestNegativeSimilarity(boolean hardOnly) {
    double highest = 0;
    for (Pair p : candidates) {
      String ga = docs.get(p.a()).group();
      String gb = docs.get(p.b()).group();
      if (!ga.equals(gb) && (!hardOnly || hardGroups.contains(ga + "|" + gb))) {
        highest = Math.max(highest, sketches.get(p.a()).agreement(sketches.get(p.b())));
      }
    }
    return highest;
  }
}
