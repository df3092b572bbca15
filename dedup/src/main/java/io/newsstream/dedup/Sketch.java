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
 */
public record Sketch(int[] minHashes, int shingles) {
  /** First byte of {@link #toBytes()}; a new layout takes a new number and old ones stay readable. */
  static final byte VERSION = 1;

  /** Version, shingle count, hash count. */
  private static final int HEADER_BYTES = 1 + Integer.BYTES + Short.BYTES;

  public Sketch {
    if (minHashes == null || minHashes.length == 0 || minHashes.length > 0xFFFF) {
      throw new IllegalArgumentException("a sketch has 1 to 65535 hashes");
    }
    if (shingles < 0) {
      throw new IllegalArgumentException("shingle count is negative: " + shingles);
    }
    minHashes = minHashes.clone();
  }

  @Override
  public int[] minHashes() {
    return minHashes.clone();
  }

  /**
   * Layout v1, big-endian: version byte (1), shingle count (int), hash count (unsigned short),
   * then the hashes (int each): 7 + 4 × hashes bytes.
   */
  public byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + Integer.BYTES * minHashes.length);
    out.put(VERSION).putInt(shingles).putShort((short) minHashes.length);
    for (int h : minHashes) {
      out.putInt(h);
    }
    return out.array();
  }

  /** Reads {@link #toBytes()}; throws IllegalArgumentException saying what is wrong with bad bytes. */
  public static Sketch fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length < HEADER_BYTES) {
      throw new IllegalArgumentException(
          "not a sketch: " + (bytes == null ? "null" : bytes.length + " bytes") + ", the header alone is " + HEADER_BYTES);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte version = in.get();
    if (version != VERSION) {
      throw new IllegalArgumentException("unknown sketch version " + version + ", this code reads " + VERSION);
    }
    int shingles = in.getInt();
    int count = Short.toUnsignedInt(in.getShort());
    int expected = HEADER_BYTES + Integer.BYTES * count;
    if (count == 0 || bytes.length != expected) {
      throw new IllegalArgumentException(
          "sketch of " + count + " hashes must be " + expected + " bytes, got " + bytes.length);
    }
    if (shingles < 0) {
      throw new IllegalArgumentException("sketch has a negative shingle count: " + shingles);
    }
    int[] hashes = new int[count];
    for (int i = 0; i < count; i++) {
      hashes[i] = in.getInt();
    }
    return new Sketch(hashes, shingles);
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
    return o instanceof Sketch s && s.shingles == shingles && Arrays.equals(s.minHashes, minHashes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minHashes) + shingles;
  }

  @Override
  public String toString() {
    return "Sketch[" + minHashes.length + " hashes, " + shingles + " shingles]";
  }
}
