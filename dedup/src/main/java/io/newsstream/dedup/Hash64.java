package io.newsstream.dedup;

/**
 * Seeded 64-bit hashing written out by hand, so that sketches and band keys are the same on every
 * JVM and after every restart: nothing here depends on {@code String.hashCode}, on per-process
 * randomisation or on a library's version. No hashing library is on this module's classpath (the
 * text module has no dependencies) and these few lines do not justify one.
 */
final class Hash64 {
  /** The 64-bit golden ratio, an odd constant that spreads consecutive inputs. */
  static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  /**
   * MurmurHash3's 64-bit finaliser: a bijection in which every input bit flips about half of the
   * output bits. It turns the weak hashes below into well-spread ones.
   */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** A word's hash: FNV-1a over its UTF-16 chars, started from the seed, then {@link #mix}ed. */
  static long ofWord(String word, long seed) {
    long h = FNV_OFFSET ^ mix(seed);
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h ^ word.length());
  }

  /** Appends one value to an ordered hash: combine(combine(s, a), b) differs from combine(combine(s, b), a). */
  static long combine(long hash, long next) {
    return mix(hash * GOLDEN + next);
  }

  /** The i-th value of the SplitMix64 sequence that starts at the seed: independent-looking salts. */
  static long salt(long seed, int i) {
    return mix(seed + (i + 1) * GOLDEN);
  }
}
