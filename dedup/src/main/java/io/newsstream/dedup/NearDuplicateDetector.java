package io.newsstream.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
   * @param coreContainment least estimated share of the smaller core found in the other core for
   *     two articles to be duplicates whatever their Jaccard similarity; above 1 turns the measure off
   * @param minCoreOverlap least estimated number of shingles the two cores share for {@code
   *     coreContainment} to count, so that one shared paragraph does not make two briefs copies
   * @param seed seeds every hash function; sketches made with different seeds do not compare
   */
  public record Settings(int shingleWords, int hashes, int bands, double threshold, double coreContainment, int minCoreOverlap, long seed) {
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
      if (!(coreContainment > 0)) {
        throw new IllegalArgumentException("core containment must be above 0 (above 1 turns it off): " + coreContainment);
      }
      if (minCoreOverlap < 1) {
        throw new IllegalArgumentException("core overlap must be at least one shingle: " + minCoreOverlap);
      }
    }

    /** Settings with the standard reprint rule (core containment) and the given Jaccard threshold and LSH shape. */
    public Settings(int shingleWords, int hashes, int bands, double threshold, long seed) {
      this(shingleWords, hashes, bands, threshold, DEFAULT_CORE_CONTAINMENT, DEFAULT_MIN_CORE_OVERLAP, seed);
    }

    /** The measured default threshold; see the README's tables. A constant, for option defaults. */
    public static final double DEFAULT_THRESHOLD = 0.55;

    /** The measured default share of a core found in the other article; see the README. */
    public static final double DEFAULT_CORE_CONTAINMENT = 0.85;

    /** The measured default least core overlap, in shingles; see the README. */
    public static final int DEFAULT_MIN_CORE_OVERLAP = 30;

    /** Measured defaults; see the README's tables. */
    public static Settings standard() {
      return new Settings(4, 128, 32, DEFAULT_THRESHOLD, 0x6E657773L); // seed: "news" in ASCII
    }

    /** These settings with another threshold: same sketches and band keys, another verdict. */
    public Settings withThreshold(double newThreshold) {
      return new Settings(shingleWords, hashes, bands, newThreshold, coreContainment, minCoreOverlap, seed);
    }

    /** These settings with another core rule: same sketches and band keys, another verdict. */
    public Settings withCoreRule(double newCoreContainment, int newMinCoreOverlap) {
      return new Settings(shingleWords, hashes, bands, threshold, newCoreContainment, newMinCoreOverlap, seed);
    }
  }

  /** By which measure a pair was found to be duplicates. */
  public enum Measure {
    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    JACCARD,
    /** Estimated share of the smaller core (a text without headline, lead, ending, chrome and background) found in the other core. */
    CORE_CONTAINMENT
  }

  /**
   * A verdict that two articles are duplicates.
   *
   * @param similarity the value of {@code measure}, in [0, 1]
   * @param measure which measure reached its threshold (Jaccard is reported when both did)
   */
  public record Match(double similarity, Measure measure) {}

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
    // The core's shingles are among the text's (the core is a run of whole units of it), so one
    // pass over the text's shingles fills both signatures.
    long[] core = Shingles.of(Shingles.core(cleanedText), settings.shingleWords(), settings.seed());
    int[] minHashes = new int[salts.length];
    int[] coreMinHashes = new int[salts.length];
    // A text without words keeps the largest value everywhere; its shingle count of 0 marks it.
    Arrays.fill(minHashes, Integer.MAX_VALUE);
    Arrays.fill(coreMinHashes, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      boolean inCore = Arrays.binarySearch(core, shingle) >= 0;
      for (int i = 0; i < salts.length; i++) {
        // One mix per (shingle, function): x ^ salt_i through a bijective mixer acts as the i-th
        // random permutation. The upper 32 bits are plenty to tell shingles apart in one article.
        int h = (int) (Hash64.mix(shingle ^ salts[i]) >>> 32);
        if (h < minHashes[i]) {
          minHashes[i] = h;
        }
        if (inCore && h < coreMinHashes[i]) {
          coreMinHashes[i] = h;
        }
      }
    }
    return shingles.length == 0 ? new Sketch(minHashes, 0) : new Sketch(minHashes, shingles.length, coreMinHashes, core.length);
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
   * The similarity of two articles if they are near-duplicates, else empty: the estimated Jaccard
   * similarity when it reaches {@link #threshold()}, else the share of one article's core found in
   * the other's core when that reaches {@link Settings#coreContainment()} (see {@link #matchIfDuplicate}).
   * A text without words is nobody's duplicate.
   */
  public OptionalDouble similarityIfDuplicate(Sketch a, Sketch b) {
    return matchIfDuplicate(a, b).map(m -> OptionalDouble.of(m.similarity())).orElse(OptionalDouble.empty());
  }

  /**
   * Whether two articles are near-duplicates, and by which measure.
   *
   * <p>Either the two texts are mostly the same (estimated Jaccard similarity at least {@link
   * #threshold()}), or one is a reprint of the other: their cores ({@link Shingles#core}: the text
   * without headline, lead, last paragraph, short chrome lines and background paragraphs) share at
   * least {@link Settings#coreContainment()} of the smaller core and at least {@link
   * Settings#minCoreOverlap()} shingles. The core catches a reprint that a site wrapped in its own
   * headline, lead, tags and "read also" links, or cut, where Jaccard falls to 0.2, and it keeps
   * apart two different stories whose shared passage is an edge or background one (a boilerplate
   * paragraph, a participant list at the end, a stock lead). A sketch without a core (old layout)
   * is judged on Jaccard alone.
   */
  public Optional<Match> matchIfDuplicate(Sketch a, Sketch b) {
    if (a.shingles() == 0 || b.shingles() == 0) {
      return Optional.empty();
    }
    double jaccard = a.agreement(b);
    if (jaccard >= settings.threshold()) {
      return Optional.of(new Match(jaccard, Measure.JACCARD));
    }
    double[] overlap = a.coreOverlap(b);
    double containment = overlap[1] >= settings.minCoreOverlap() ? overlap[0] : 0;
    return containment >= settings.coreContainment()
        ? Optional.of(new Match(containment, Measure.CORE_CONTAINMENT))
        : Optional.empty();
  }

}
