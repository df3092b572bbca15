package io.newsstream.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * In how many indexed articles each sampled shingle occurs: the document frequencies that tell a
 * boilerplate paragraph, an agency sign-off or a stock phrase ("the Assembly was founded in 1995")
 * from a story's own words. Containment leaves out the shingles that are {@link #common}, so two
 * different stories sharing such a passage stay apart while a reprint's own sentences still count.
 *
 * <p>Counted over the {@link Sketch#sample()} values of the articles added: a shingle is sampled in
 * every article small enough to sample it, so the count is exact up to the sample's cut. Not
 * thread-safe; one per index.
 */
public final class ShingleFrequencies {
  /** A shingle in at least this many articles is common; above the copies one story usually has. */
  public static final int DEFAULT_COMMON_AT = 20;

  private final Map<Integer, Integer> counts = new HashMap<>();
  private final int commonAt;

  public ShingleFrequencies(int commonAt) {
    if (commonAt < 2) {
      throw new IllegalArgumentException("a shingle is common in at least 2 articles, not " + commonAt);
    }
    this.commonAt = commonAt;
  }

  public ShingleFrequencies() {
    this(DEFAULT_COMMON_AT);
  }

  /** Counts one article's sampled shingles; add each article once. */
  public void add(Sketch sketch) {
    for (int value : sketch.sample()) {
      counts.merge(value, 1, Integer::sum);
    }
  }

  /** Takes back one article added before (it left the index). */
  public void remove(Sketch sketch) {
    for (int value : sketch.sample()) {
      counts.computeIfPresent(value, (v, n) -> n == 1 ? null : n - 1);
    }
  }

  public void clear() {
    counts.clear();
  }

  /** Whether the sampled shingle is in at least {@link #DEFAULT_COMMON_AT} (or the given) articles. */
  public IntPredicate common() {
    return value -> counts.getOrDefault(value, 0) >= commonAt;
  }

  /** How many distinct sampled shingles are counted: the table's size. */
  public int size() {
    return counts.size();
  }
}
