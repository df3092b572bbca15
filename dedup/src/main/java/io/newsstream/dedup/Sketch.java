package io.newsstream.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Compact per-article summary kept in the LSH index; immutable. A class, not a record, so that
 * sketches read from the store or just computed take their fresh arrays without a defensive copy
 * (dedup reads one per candidate), while arrays from outside are still copied in and out.
 */
public final class Sketch {
  /** First byte of {@link #toBytes()}; a new layout takes a new number and old ones stay readable. */
  static final byte VERSION = 4;

  /** The layout without the full names, still read, as a sketch that names no one. */
  static final byte VERSION_WITHOUT_NAMES = 3;

  /** The layout without a core, still read from stores written before version 2. */
  static final byte VERSION_WITHOUT_CORE = 1;

  /** The layout with a MinHash signature of the core, still read, as a sketch without a sample. */
  static final byte VERSION_CORE_SIGNATURE = 2;

  /** At most this many shingles are sampled: exact for texts up to about 250 words, ± 0.03 on containment above. */
  public static final int SAMPLE_SIZE = 256;

  /** Version, shingle count, hash count. */
  private static final int HEADER_BYTES = 1 + Integer.BYTES + Short.BYTES;

  private final int[] minHashes;
  private final int shingles;
  private final int[] sample;
  private final byte[] coreMask;
  private final int coreShingles;
  private final int[] names;

  /** A sketch without a sample, as the old layouts stored it: judged on Jaccard similarity alone. */
  public Sketch(int[] minHashes, int shingles) {
    this(minHashes == null ? null : minHashes.clone(), shingles, new int[0], new byte[0], 0, new int[0]);
  }

  /**
   * Checks the arrays and keeps them: only for arrays nothing else holds.
   *
   * @param minHashes the MinHash signature: for each of the detector's hash functions, the least
   *     hash over the article's shingles (upper 32 bits)
   * @param shingles how many distinct shingles the article has; 0 for a text without words, whose
   *     signature means nothing and which is never a duplicate
   * @param sample a consistent sample of the article's shingles: the least (at most {@link
   *     #SAMPLE_SIZE}) values of one more hash function over them, ascending; all of them when the
   *     text has no more. Two samples cut at the same value are exact samples of the two sets, so
   *     their overlap estimates containment (shared over the smaller), which MinHash estimates badly
   *     when the sizes differ. Empty for a sketch read from an older layout.
   * @param coreMask bit i set when {@code sample[i]} is a shingle of the article's core (see {@link
   *     Shingles#core}); {@code (sample.length + 7) / 8} bytes
   * @param coreShingles how many distinct shingles the core has
   * @param names the keys of the people the text names in full ({@link FullNames}), ascending;
   *     empty when it names no one or the sketch was read from an older layout
   */
  private Sketch(int[] minHashes, int shingles, int[] sample, byte[] coreMask, int coreShingles, int[] names) {
    if (minHashes == null || minHashes.length == 0 || minHashes.length > 0xFFFF) {
      throw new IllegalArgumentException("a sketch has 1 to 65535 hashes");
    }
    if (shingles < 0 || coreShingles < 0) {
      throw new IllegalArgumentException("shingle count is negative: " + shingles + ", core " + coreShingles);
    }
    if (sample == null || sample.length > Math.min(SAMPLE_SIZE, shingles)) {
      throw new IllegalArgumentException("a sample of at most " + SAMPLE_SIZE + " of the text's " + shingles + " shingles, got "
          + (sample == null ? "null" : sample.length));
    }
    for (int i = 1; i < sample.length; i++) {
      if (sample[i - 1] >= sample[i]) {
        throw new IllegalArgumentException("a sample is distinct values in ascending order");
      }
    }
    if (coreMask == null || coreMask.length != (sample.length + 7) / 8) {
      throw new IllegalArgumentException("a core mask has one bit per sampled shingle");
    }
    if (coreShingles > shingles || (sample.length == 0 && coreShingles != 0)) {
      throw new IllegalArgumentException("core of " + coreShingles + " shingles in a text of " + shingles + (sample.length == 0 ? " without a sample" : ""));
    }
    if (names == null || names.length > FullNames.MAX) {
      throw new IllegalArgumentException("at most " + FullNames.MAX + " full names");
    }
    for (int i = 1; i < names.length; i++) {
      if (names[i - 1] >= names[i]) {
        throw new IllegalArgumentException("full names are distinct keys in ascending order");
      }
    }
    this.minHashes = minHashes;
    this.shingles = shingles;
    this.sample = sample;
    this.coreMask = coreMask;
    this.coreShingles = coreShingles;
    this.names = names;
  }

  /** A sketch of arrays just made for it, kept without a copy. */
  static Sketch ofOwned(int[] minHashes, int shingles, int[] sample, byte[] coreMask, int coreShingles, int[] names) {
    return new Sketch(minHashes, shingles, sample, coreMask, coreShingles, names);
  }

  /** A copy of the MinHash signature. */
  public int[] minHashes() {
    return minHashes.clone();
  }

  public int shingles() {
    return shingles;
  }

  /** A copy of the sample. */
  public int[] sample() {
    return sample.clone();
  }

  /** A copy of the core mask. */
  public byte[] coreMask() {
    return coreMask.clone();
  }

  public int coreShingles() {
    return coreShingles;
  }

  /** Whether the two texts each name someone in full and share no one: not one story. */
  boolean namesOthersThan(Sketch other) {
    return FullNames.disjoint(names, other.names);
  }

  /** Whether this sketch has a sample of its shingles (every sketch made by this version does). */
  public boolean hasSample() {
    return sample.length > 0;
  }

  /**
   * Layout v4, big-endian: version byte (4), shingle count (int), hash count (unsigned short), the
   * hashes (int each), the core's shingle count (int), the sample's size (unsigned short), the
   * sample (int each), the core mask, the number of full names (unsigned byte), their keys (int
   * each): 14 + 4 × hashes + 4 × sample + sample / 8 + 4 × names bytes. Layout v3 (still read, as a
   * sketch that names no one) ends at the core mask; v1 and v2 (still read, as sketches without a
   * sample) have no sample.
   */
  public byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + Integer.BYTES * minHashes.length + Integer.BYTES + Short.BYTES
        + Integer.BYTES * sample.length + coreMask.length + 1 + Integer.BYTES * names.length);
    out.put(VERSION).putInt(shingles).putShort((short) minHashes.length);
    for (int h : minHashes) {
      out.putInt(h);
    }
    out.putInt(coreShingles).putShort((short) sample.length);
    for (int h : sample) {
      out.putInt(h);
    }
    out.put(coreMask).put((byte) names.length);
    for (int key : names) {
      out.putInt(key);
    }
    return out.array();
  }

  /** Reads {@link #toBytes()} (any layout); throws IllegalArgumentException saying what is wrong with bad bytes. */
  public static Sketch fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length < HEADER_BYTES) {
      throw new IllegalArgumentException(
          "not a sketch: " + (bytes == null ? "null" : bytes.length + " bytes") + ", the header alone is " + HEADER_BYTES);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte version = in.get();
    if (version < VERSION_WITHOUT_CORE || version > VERSION) {
      throw new IllegalArgumentException(
          "unknown sketch version " + version + ", this code reads " + VERSION_WITHOUT_CORE + " to " + VERSION);
    }
    int shingles = in.getInt();
    int count = Short.toUnsignedInt(in.getShort());
    int signatureEnd = HEADER_BYTES + Integer.BYTES * count;
    if (count == 0 || bytes.length < signatureEnd) {
      throw new IllegalArgumentException("sketch v" + version + " of " + count + " hashes needs at least " + signatureEnd + " bytes, got " + bytes.length);
    }
    if (shingles < 0) {
      throw new IllegalArgumentException("sketch has a negative shingle count: " + shingles);
    }
    int[] hashes = readInts(in, count);
    int sampleEnd = bytes.length < signatureEnd + Integer.BYTES + Short.BYTES ? signatureEnd + Integer.BYTES + Short.BYTES
        : signatureEnd + Integer.BYTES + Short.BYTES + sampleBytes(Short.toUnsignedInt(in.getShort(signatureEnd + Integer.BYTES)));
    int expected = switch (version) {
      case VERSION_WITHOUT_CORE -> signatureEnd;
      case VERSION_CORE_SIGNATURE -> signatureEnd + Integer.BYTES * (count + 1);
      case VERSION_WITHOUT_NAMES -> sampleEnd;
      default -> bytes.length <= sampleEnd ? sampleEnd + 1 : sampleEnd + 1 + Integer.BYTES * Byte.toUnsignedInt(bytes[sampleEnd]);
    };
    if (bytes.length != expected) {
      throw new IllegalArgumentException("sketch v" + version + " of " + count + " hashes must be " + expected + " bytes, got " + bytes.length);
    }
    if (version < VERSION_WITHOUT_NAMES) {
      return ofOwned(hashes, shingles, new int[0], new byte[0], 0, new int[0]);
    }
    int coreShingles = in.getInt();
    int[] sample = readInts(in, Short.toUnsignedInt(in.getShort()));
    byte[] mask = new byte[(sample.length + 7) / 8];
    in.get(mask);
    int[] names = version == VERSION_WITHOUT_NAMES ? new int[0] : readInts(in, Byte.toUnsignedInt(in.get()));
    return ofOwned(hashes, shingles, sample, mask, coreShingles, names);
  }

  private static int sampleBytes(int size) {
    return Integer.BYTES * size + (size + 7) / 8;
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
    if (other.minHashes.length != minHashes.length) {
      throw new IllegalArgumentException(
          "sketches of " + minHashes.length + " and " + other.minHashes.length + " hashes: made by different detectors");
    }
    int equal = 0;
    for (int i = 0; i < minHashes.length; i++) {
      if (minHashes[i] == other.minHashes[i]) {
        equal++;
      }
    }
    return (double) equal / minHashes.length;
  }

  /**
   * How much of the smaller of two texts (or of their cores) the other holds, from the two samples.
   *
   * @param containment shared shingles over the smaller one's, in [0, 1]
   * @param shared the estimated number of shared shingles
   */
  record Overlap(double containment, double shared) {
    static final Overlap NONE = new Overlap(0, 0);
  }

  /**
   * The overlap of the two whole texts; {@link Overlap#NONE} when either has no sample.
   *
   * @param common sampled values of shingles found in very many articles: left out on both sides
   */
  Overlap overlap(Sketch other, IntPredicate common) {
    return overlap(other, false, common);
  }

  /** The overlap of the two cores; {@link Overlap#NONE} when either has no sample or no core. */
  Overlap coreOverlap(Sketch other, IntPredicate common) {
    return overlap(other, true, common);
  }

  /**
   * Both samples cut at the same value (the lower of their largest values, for a sample that is
   * full) are exact random samples of the two sets taken with one rule, so a shingle of one is
   * sampled exactly when it is sampled in the other: shared ones are counted, not estimated from a
   * Jaccard figure, and scaled up by the share of the text sampled.
   */
  private Overlap overlap(Sketch other, boolean core, IntPredicate common) {
    if (!hasSample() || !other.hasSample() || (core && (coreShingles == 0 || other.coreShingles == 0))) {
      return Overlap.NONE;
    }
    int cut = Math.min(cutOff(), other.cutOff());
    int mine = 0;
    int theirs = 0;
    int shared = 0;
    int i = 0;
    int j = 0;
    while (true) {
      boolean iIn = i < sample.length && sample[i] <= cut;
      boolean jIn = j < other.sample.length && other.sample[j] <= cut;
      if (!iIn && !jIn) {
        break;
      }
      if (iIn && (!jIn || sample[i] <= other.sample[j])) {
        boolean counted = !core || inCore(i);
        mine += counted ? 1 : 0;
        if (jIn && sample[i] == other.sample[j]) {
          boolean otherCounted = !core || other.inCore(j);
          theirs += otherCounted ? 1 : 0;
          // A common shingle is in both as in many other articles: no sign of a copy.
          shared += counted && otherCounted && !common.test(sample[i]) ? 1 : 0;
          j++;
        }
        i++;
      } else {
        theirs += !core || other.inCore(j) ? 1 : 0;
        j++;
      }
    }
    if (mine == 0 || theirs == 0) {
      return Overlap.NONE;
    }
    int size = core ? coreShingles : shingles;
    int otherSize = core ? other.coreShingles : other.shingles;
    // The smaller set's share in the sample estimates its share in the text.
    boolean smaller = size <= otherSize;
    double containment = (double) shared / (smaller ? mine : theirs);
    double scale = (double) (smaller ? size : otherSize) / (smaller ? mine : theirs);
    return new Overlap(containment, shared * scale);
  }

  /** The largest sampled value when the sample is full (it stands for a longer text), else no cut. */
  private int cutOff() {
    return sample.length == SAMPLE_SIZE ? sample[sample.length - 1] : Integer.MAX_VALUE;
  }

  private boolean inCore(int i) {
    return (coreMask[i >> 3] & (1 << (i & 7))) != 0;
  }

  /** The sample's size, without copying it. */
  int sampleSize() {
    return sample.length;
  }

  /** The i-th sampled value, ascending, without copying the sample. */
  int sampled(int i) {
    return sample[i];
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
        && Arrays.equals(s.sample, sample)
        && Arrays.equals(s.coreMask, coreMask)
        && Arrays.equals(s.names, names);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * (31 * Arrays.hashCode(minHashes) + shingles) + Arrays.hashCode(sample)) + coreShingles)
        + Arrays.hashCode(names);
  }

  @Override
  public String toString() {
    return "Sketch[" + minHashes.length + " hashes, " + shingles + " shingles, " + sample.length + " sampled, core " + coreShingles
        + ", " + names.length + " full names]";
  }
}
