package io.newsstream.dedup;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * In how many indexed articles each sampled shingle occurs: the document frequencies that tell a
 * boilerplate paragraph, an agency sign-off or a stock phrase ("the Assembly was founded in 1995")
 * from a story's own words. Containment leaves out the shingles that are {@link #common}, so two
 * different stories sharing such a passage stay apart while a reprint's own sentences still count.
 *
 * <p>Counted over the {@link Sketch#sample()} values of the articles added, in a count-min sketch
 * of fixed size ({@value #ROWS} rows of 2^{@value #WIDTH_BITS} one-byte counters, 16 MB) rather than
 * a map: a month of articles holds tens of millions of distinct sampled values per partition, a
 * map of them gigabytes. A count-min sketch only overcounts; with 40 million values added a
 * counter holds about 10 of others', and a value is called common only when all {@value #ROWS} of
 * its counters reach the threshold. Counters stop at 127; a count is never taken back (the index
 * rebuilds it from the sketches kept, see {@link #clear}). Not thread-safe; one per index.
 */
public final class ShingleFrequencies {
  /** A shingle in at least this many articles is common; above the copies one story usually has. */
  public static final int DEFAULT_COMMON_AT = 20;

  static final int ROWS = 4;
  static final int WIDTH_BITS = 22;
  private static final int MASK = (1 << WIDTH_BITS) - 1;
  private static final long SALT = 0x51A7C0FFEEL;

  private final byte[][] counters = new byte[ROWS][1 << WIDTH_BITS];
  /**
   * A young index (fewer than {@code DEFAULT_COMMON_AT * YOUNG_INDEX_SHARE} articles) calls common
   * what is in 1 in {@value #YOUNG_INDEX_SHARE} of its articles, and in at least {@value
   * #YOUNG_INDEX_COMMON_AT}: else boilerplate counts as a story's own words until it has reached
   * 20 articles, and the bench feed's first few hundred articles made 19 false matches in 6,000.
   */
  static final int YOUNG_INDEX_SHARE = 20;
  static final int YOUNG_INDEX_COMMON_AT = 3;

  private final int commonAt;
  /** Articles added since the last {@link #clear}. */
  private long articles;

  public ShingleFrequencies(int commonAt) {
    if (commonAt < 2 || commonAt > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("a shingle is common in 2 to " + Byte.MAX_VALUE + " articles, not " + commonAt);
    }
    this.commonAt = commonAt;
  }

  public ShingleFrequencies() {
    this(DEFAULT_COMMON_AT);
  }

  /** Counts one article's sampled shingles; add each article once. */
  public void add(Sketch sketch) {
    articles++;
    // Read in place: sample() copies, and every sketch filed or rebuilt passes here.
    for (int i = 0; i < sketch.sampleSize(); i++) {
      long hash = hash(sketch.sampled(i));
      for (int row = 0; row < ROWS; row++) {
        byte[] counts = counters[row];
        int cell = cell(hash, row);
        if (counts[cell] < Byte.MAX_VALUE) {
          counts[cell]++;
        }
      }
    }
  }

  /** Forgets every count, before the index counts the sketches it keeps again. */
  public void clear() {
    for (byte[] row : counters) {
      Arrays.fill(row, (byte) 0);
    }
    articles = 0;
  }

  /**
   * Whether the sampled shingle is in at least {@link #DEFAULT_COMMON_AT} (or the given number of)
   * articles; in a young index, in 1 in {@value #YOUNG_INDEX_SHARE} of them (at least {@value
   * #YOUNG_INDEX_COMMON_AT}). The predicate keeps the threshold of the moment it was made.
   */
  public IntPredicate common() {
    int commonAt = (int) Math.min(this.commonAt, Math.max(YOUNG_INDEX_COMMON_AT, articles / YOUNG_INDEX_SHARE));
    return value -> {
      long hash = hash(value);
      for (int row = 0; row < ROWS; row++) {
        if (counters[row][cell(hash, row)] < commonAt) {
          return false;
        }
      }
      return true;
    };
  }

  private static long hash(int value) {
    return Hash64.mix(Integer.toUnsignedLong(value) ^ SALT);
  }

  /**
   * The row's counter: the rows' cells come from one 64-bit hash, its halves combined (Kirsch and
   * Mitzenmacher's double hashing), not a hash per row; four hashes a value were 4% of the stream
   * thread, and the counts are as good.
   */
  private static int cell(long hash, int row) {
    int first = (int) hash;
    int step = (int) (hash >>> 32) | 1;
    return (first + row * step) & MASK;
  }
}
