package io.newsstream.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Tells near-duplicate articles apart from merely similar ones: MinHash over word shingles, with
 * LSH band keys to find candidates without comparing every pair. Pure and thread-safe.
 *
 * <p>Use: {@link #sketch} each cleaned article once; look its {@link #bandKeys} up in an index of
 * earlier articles; an article sharing any band key is a candidate; {@link #similarityIfDuplicate}
 * gives the verdict. The defaults and the measurements behind them are in the module's README.
 */
public final class NearDuplicateDetector {
  /**
   * @param shingleWords words per shingle (k)
   * @param hashes MinHash functions, the signature length; a multiple of {@code bands}
   * @param bands LSH bands; two articles become candidates when all rows of one band agree
   * @param threshold least estimated Jaccard similarity of two duplicates, in (0, 1]
   * @param seed seeds every hash function; sketches made with different seeds do not compare
   */
  public record Settings(int shingleWords, int hashes, int bands, double threshold, long seed) {
    public Settings {
      if (shingleWords < 1) {
        throw new IllegalArgumentException("shingles need at least one word: " + shingleWords);
      }
      if (bands < 1 || bands > 100 || hashes < bands || hashes > 0xFFFF || hashes % bands != 0) {
        throw new IllegalArgumentException(
            "hashes (" + hashes + ") must be a multiple of bands (" + bands + "), bands 1 to 100");
      }
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      }
    }

    /** The measured default threshold; see the README's tables. A constant, for option defaults. */
    public static final double DEFAULT_THRESHOLD = 0.55;

    /** Measured defaults; see the README's tables. */
    public static Settings standard() {
      return new Settings(4, 128, 32, DEFAULT_THRESHOLD, 0x6E657773L); // seed: "news" in ASCII
    }

    /** These settings with another threshold: same sketches and band keys, another verdict. */
    public Settings withThreshold(double newThreshold) {
      return new Settings(shingleWords, hashes, bands, newThreshold, seed);
    }
  }

  private final Settings settings;
  private final int rows;
  private final long[] salts;

  public NearDuplicateDetector(Settings settings) {
    this.settings = settings;
    this.rows = settings.hashes() / settings.bands();
    this.salts = new long[settings.hashes()];
    for (int i = 0; i < salts.length; i++) {
      salts[i] = Hash64.salt(settings.seed(), i);
    }
  }

  /** A detector with the standard shingle size and the given LSH shape. */
  public NearDuplicateDetector(int hashes, int bands, double threshold, long seed) {
    this(new Settings(Settings.standard().shingleWords(), hashes, bands, threshold, seed));
  }

  public static NearDuplicateDetector standard() {
    return new NearDuplicateDetector(Settings.standard());
  }

  public Settings settings() {
    return settings;
  }

  public int bands() {
    return settings.bands();
  }

  public double threshold() {
    return settings.threshold();
  }

  /** The sketch of a text cleaned by {@code TextCleaner}: the same on every JVM for the same text and settings. */
  public Sketch sketch(String cleanedText) {
    long[] shingles = Shingles.of(cleanedText, settings.shingleWords(), settings.seed());
    int[] minHashes = new int[salts.length];
    // A text without words keeps the largest value everywhere; its shingle count of 0 marks it.
    Arrays.fill(minHashes, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < salts.length; i++) {
        // One mix per (shingle, function): x ^ salt_i through a bijective mixer acts as the i-th
        // random permutation. The upper 32 bits are plenty to tell shingles apart in one article.
        int h = (int) (Hash64.mix(shingle ^ salts[i]) >>> 32);
        if (h < minHashes[i]) {
          minHashes[i] = h;
        }
      }
    }
    return new Sketch(minHashes, shingles.length);
  }

  /**
   * Exactly {@link #bands()} keys, one per band: the two-digit band index, a colon and 16 hex
   * digits of a seeded hash of the band's rows ("07:3f2a9c0d5e6b7a81"). The index is in the key and
   * in the hash, so equal rows in different bands never collide.
   */
  public List<String> bandKeys(Sketch sketch) {
    if (sketch.length() != settings.hashes()) {
      throw new IllegalArgumentException(
          "sketch of " + sketch.length() + " hashes, this detector makes " + settings.hashes());
    }
    List<String> keys = new ArrayList<>(settings.bands());
    for (int band = 0; band < settings.bands(); band++) {
      long h = Hash64.combine(settings.seed(), band);
      for (int row = band * rows; row < (band + 1) * rows; row++) {
        h = Hash64.combine(h, Integer.toUnsignedLong(sketch.hash(row)));
      }
      keys.add(String.format("%02d:%016x", band, h));
    }
    return keys;
  }

  /**
   * The estimated Jaccard similarity of two articles' shingle sets if they are near-duplicates (at
   * least {@link #threshold()}), else empty. A text without words is nobody's duplicate.
   */
  public OptionalDouble similarityIfDuplicate(Sketch a, Sketch b) {
    if (a.shingles() == 0 || b.shingles() == 0) {
      return OptionalDouble.empty();
    }
    double similarity = a.agreement(b);
    return similarity >= settings.threshold() ? OptionalDouble.of(similarity) : OptionalDouble.empty();
  }
}
