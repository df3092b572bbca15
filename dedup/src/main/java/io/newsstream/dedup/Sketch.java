package io.newsstream.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Compact per-article summary kept in the LSH index; immutable.
 *
 * @param minHashes the MinHash signature: for each of the detector's hash functions, the least
 *     hash over the article's shingles (upper 32 bits). Copied in and out, so a sketch cannot change.
 * @param shingles how many distinct shingles the article has; 0 for a text without words, whose
 *     signature means nothing and which is never a duplicate
 * @param coreMinHashes the same hash functions over the shingles of the article's core (the text
 *     without its first and last paragraph or sentence, see {@link Shingles#core}); empty for a
 *     sketch read from the old layout, which knows no core
 * @param coreShingles how many distinct shingles the core has; 0 when {@code coreMinHashes} is empty
 */
public record Sketch(int[] minHashes, int shingles, int[] coreMinHashes, int coreShingles) {
  /** First byte of {@link #toBytes()}; a new layout takes a new number and old ones stay readable. */
  static final byte VERSION = 2;

  /** The layout without a core, still read from stores written before version 2. */
  static final byte VERSION_WITHOUT_CORE = 1;

  /** Version, shingle count, hash count. */
  private static final int HEADER_BYTES = 1 + Integer.BYTES + Short.BYTES;

  public Sketch {
    if (minHashes == null || minHashes.length == 0 || minHashes.length > 0xFFFF) {
      throw new IllegalArgumentException("a sketch has 1 to 65535 hashes");
    }
    if (shingles < 0 || coreShingles < 0) {
      throw new IllegalArgumentException("shingle count is negative: " + shingles + ", core " + coreShingles);
    }
    if (coreMinHashes == null || (coreMinHashes.length != 0 && coreMinHashes.length != minHashes.length)) {
      throw new IllegalArgumentException("a core signature has as many hashes as the signature (" + minHashes.length + ") or none");
    }
    if (coreShingles > shingles || (coreMinHashes.length == 0 && coreShingles != 0)) {
      throw new IllegalArgumentException("core of " + coreShingles + " shingles in a text of " + shingles + (coreMinHashes.length == 0 ? " without a core signature" : ""));
    }
    minHashes = minHashes.clone();
    coreMinHashes = coreMinHashes.clone();
  }

  /** A sketch without a core, as the old layout stored it: judged on Jaccard similarity alone. */
  public Sketch(int[] minHashes, int shingles) {
    this(minHashes, shingles, new int[0], 0);
  }

  @Override
  public int[] minHashes() {
    return minHashes.clone();
  }

  @Override
  public int[] coreMinHashes() {
    return coreMinHashes.clone();
  }

  /** Whether this sketch has a core signature (every sketch made by this version does). */
  public boolean hasCore() {
    return coreMinHashes.length > 0;
  }

  /**
   * Layout v2, big-endian: version byte (2), shingle count (int), hash count (unsigned short), the
   * hashes (int each), then the core's shingle count (int) and its hashes (as many, int each):
   * 11 + 8 × hashes bytes. Layout v1 (still read) ends after the hashes.
   */
  public byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + 2 * Integer.BYTES * minHashes.length + Integer.BYTES);
    out.put(VERSION).putInt(shingles).putShort((short) minHashes.length);
    for (int h : minHashes) {
      out.putInt(h);
    }
    out.putInt(coreShingles);
    // A sketch without a core writes the full signature in its place with a core of 0 shingles,
    // which reads back as "no core".
    for (int h : hasCore() ? coreMinHashes : minHashes) {
      out.putInt(h);
    }
    return out.array();
  }

  /** Reads {@link #toBytes()} (either layout); throws IllegalArgumentException saying what is wrong with bad bytes. */
  public static Sketch fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length < HEADER_BYTES) {
      throw new IllegalArgumentException(
          "not a sketch: " + (bytes == null ? "null" : bytes.length + " bytes") + ", the header alone is " + HEADER_BYTES);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte version = in.get();
    if (version != VERSION && version != VERSION_WITHOUT_CORE) {
      throw new IllegalArgumentException(
          "unknown sketch version " + version + ", this code reads " + VERSION_WITHOUT_CORE + " and " + VERSION);
    }
    int shingles = in.getInt();
    int count = Short.toUnsignedInt(in.getShort());
    int expected = HEADER_BYTES + Integer.BYTES * count + (version == VERSION ? Integer.BYTES * (count + 1) : 0);
    if (count == 0 || bytes.length != expected) {
      throw new IllegalArgumentException(
          "sketch v" + version + " of " + count + " hashes must be " + expected + " bytes, got " + bytes.length);
    }
    if (shingles < 0) {
      throw new IllegalArgumentException("sketch has a negative shingle count: " + shingles);
    }
    int[] hashes = readInts(in, count);
    if (version == VERSION_WITHOUT_CORE) {
      return new Sketch(hashes, shingles);
    }
    int coreShingles = in.getInt();
    int[] core = readInts(in, count);
    return coreShingles == 0 ? new Sketch(hashes, shingles) : new Sketch(hashes, shingles, core, coreShingles);
  }

  private static int[] readInts(ByteBuffer in, int count) {
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      values[i] = in.getInt();
    }
    return values;
  }

  /** The share of positions where both signatures agree: the MinHash estimate of Jaccard similarity. */
  double agreement(Sketch other) {
    return agreement(minHashes, other.minHashes);
  }

  /**
   * The estimated overlap of the two cores over the smaller core: |core ∩ other core| / min(|core|,
   * |other core|), from their Jaccard estimate J as J / (1 + J) × (|core| + |other core|) / min, at
   * most 1; and the estimated overlap in shingles. Zeros when either has no core.
   */
  double[] coreOverlap(Sketch other) {
    if (!hasCore() || !other.hasCore() || coreShingles == 0 || other.coreShingles == 0) {
      return new double[] {0, 0};
    }
    double j = agreement(coreMinHashes, other.coreMinHashes);
    double shared = j / (1 + j) * (coreShingles + other.coreShingles);
    return new double[] {Math.min(1, shared / Math.min(coreShingles, other.coreShingles)), shared};
  }

  private static double agreement(int[] mine, int[] theirs) {
    if (theirs.length != mine.length) {
      throw new IllegalArgumentException(
          "sketches of " + mine.length + " and " + theirs.length + " hashes: made by different detectors");
    }
    int equal = 0;
    for (int i = 0; i < mine.length; i++) {
      if (mine[i] == theirs[i]) {
        equal++;
      }
    }
    return (double) equal / mine.length;
  }

  /** The signature's length, without copying it. */
  int length() {
    return minHashes.length;
  }

  /** The i-th hash of the signature, without copying it. */
  int hash(int i) {
    return minHashes[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sketch s
        && s.shingles == shingles
        && s.coreShingles == coreShingles
        && Arrays.equals(s.minHashes, minHashes)
        && Arrays.equals(s.coreMinHashes, coreMinHashes);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(minHashes) + shingles) + 31 * Arrays.hashCode(coreMinHashes) + coreShingles;
  }

  @Override
  public String toString() {
    return "Sketch[" + minHashes.length + " hashes, " + shingles + " shingles, core " + coreShingles + "]";
  }
}
