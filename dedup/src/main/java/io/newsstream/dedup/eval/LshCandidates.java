package io.newsstream.dedup.eval;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.dedup.Sketch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Candidate pairs from an in-memory LSH index: each document meets the earlier ones sharing a band key, as in the stream. */
public final class LshCandidates {
  /** A candidate pair: indices into the documents, {@code a < b}. */
  public record Pair(int a, int b) {}

  private LshCandidates() {}

  public static Set<Pair> of(NearDuplicateDetector detector, List<Sketch> sketches) {
    Set<Pair> candidates = new LinkedHashSet<>();
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < sketches.size(); i++) {
      for (String key : detector.bandKeys(sketches.get(i))) {
        List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
        for (int earlier : bucket) {
          candidates.add(new Pair(earlier, i));
        }
        bucket.add(i);
      }
    }
    return candidates;
  }
}
