package io.newsstream.dedup;

import io.newsstream.text.Fingerprint;
import java.util.Arrays;

/**
 * The distinct word shingles (runs of k consecutive words) of a text, as sorted 64-bit hashes.
 * Sorting, not a hash set, makes the result independent of any iteration order.
 */
final class Shingles {
  private Shingles() {}

  /**
   * @param cleanedText a text as {@code TextCleaner} leaves it; normalised here to lower-case words
   * @param words the shingle size k; a text of fewer words is one shingle of all its words, so a
   *     short text still has a sketch
   */
  static long[] of(String cleanedText, int words, long seed) {
    String normalised = Fingerprint.normalise(cleanedText);
    if (normalised.isEmpty()) {
      return new long[0];
    }
    String[] tokens = normalised.split(" ");
    long[] wordHashes = new long[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      wordHashes[i] = Hash64.ofWord(tokens[i], seed);
    }
    int k = Math.min(words, tokens.length);
    long[] shingles = new long[tokens.length - k + 1];
    for (int start = 0; start < shingles.length; start++) {
      long h = seed;
      for (int j = start; j < start + k; j++) {
        h = Hash64.combine(h, wordHashes[j]);
      }
      shingles[start] = h;
    }
    return distinct(shingles);
  }

  private static long[] distinct(long[] hashes) {
    Arrays.sort(hashes);
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (n == 0 || hashes[i] != hashes[n - 1]) {
        hashes[n++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, n);
  }
}
