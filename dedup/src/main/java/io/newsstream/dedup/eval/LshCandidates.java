package io.newsstream.dedup.eval;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.dedup.Sketch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate pairs from an in-memory index, as in the stream: each document meets the earlier ones
 * sharing a band key or an anchor; an anchor held by {@link NearDuplicateDetector#ANCHOR_HOLDERS}
 * documents is full, neither searched nor filed under.
 */
public final class LshCandidates {
  /** A candidate pair: indices into the documents, {@code a < b}. */
  public record Pair(int a, int b) {}

  private LshCandidates() {}

  public static Set<Pair> of(NearDuplicateDetector detector, List<Sketch> sketches) {
    Set<Pair> candidates = new LinkedHashSet<>();
    Map<String, List<Integer>> bands = new HashMap<>();
    Map<Integer, List<Integer>> anchors = new HashMap<>();
    for (int i = 0; i < sketches.size(); i++) {
      for (String key : detector.bandKeys(sketches.get(i))) {
        meet(bands.computeIfAbsent(key, k -> new ArrayList<>()), i, candidates);
      }
      for (int anchor : detector.anchors(sketches.get(i))) {
        List<Integer> holders = anchors.computeIfAbsent(anchor, k -> new ArrayList<>());
        if (holders.size() < NearDuplicateDetector.ANCHOR_HOLDERS) {
          meet(holders, i, candidates);
        }
      }
    }
    return candidates;
  }

  private static void meet(List<Integer> holders, int newcomer, Set<Pair> candidates) {
    for (int earlier : holders) {
      candidates.add(new Pair(earlier, newcomer));
    }
    holders.add(newcomer);
  }
}
