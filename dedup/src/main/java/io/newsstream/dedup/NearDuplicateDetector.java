package io.newsstream.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntPredicate;

/**
 * Tells near-duplicate articles apart from merely similar ones: MinHash over word shingles, with
 * LSH band keys and anchors to find candidates without comparing every pair. Pure and thread-safe.
 *
 * <p>Use: {@link #sketch} each cleaned article once; look its {@link #bandKeys} and {@link
 * #anchors} up in an index of earlier articles; an article sharing any band key or anchor is a
 * candidate; {@link #matchIfDuplicate} gives the verdict. The defaults and the measurements behind
 * them are in the module's README.
 */
public final class NearDuplicateDetector {
  /**
   * @param shingleWords words per shingle (k)
   * @param hashes MinHash functions, the signature length; a multiple of {@code bands}
   * @param bands LSH bands; two articles become candidates when all rows of one band agree
   * @param threshold least estimated Jaccard similarity of two duplicates, in (0, 1]
   * @param containment least share of the smaller text found in the other (common shingles not
   *     counted as shared) for two articles to be duplicates whatever their Jaccard similarity; above
   *     1 turns the reprint rule off
   * @param minOverlap least number of shingles the two texts share for {@code containment} to
   *     count, so that one shared quote or paragraph does not make two briefs copies
   * @param coreContainment least share of the smaller core found in the other core, with {@code
   *     containment}: the shared part must be the story, not an edge passage (a participant list or
   *     a sign-off at the end)
   * @param minCoreOverlap least number of shingles the two cores share, with {@code coreContainment}
   * @param seed seeds every hash function; sketches made with different seeds do not compare
   */
  public record Settings(int shingleWords, int hashes, int bands, double threshold, double containment, int minOverlap,
      double coreContainment, int minCoreOverlap, long seed) {
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
      if (!(containment > 0)) {
        throw new IllegalArgumentException("containment must be above 0 (above 1 turns it off): " + containment);
      }
      if (minOverlap < 1) {
        throw new IllegalArgumentException("overlap must be at least one shingle: " + minOverlap);
      }
      if (!(coreContainment > 0)) {
        throw new IllegalArgumentException("core containment must be above 0 (above 1 turns it off): " + coreContainment);
      }
      if (minCoreOverlap < 1) {
        throw new IllegalArgumentException("core overlap must be at least one shingle: " + minCoreOverlap);
      }
    }

    /** Settings with the standard reprint rules (containment, core containment) and the given Jaccard threshold and LSH shape. */
    public Settings(int shingleWords, int hashes, int bands, double threshold, long seed) {
      this(shingleWords, hashes, bands, threshold, DEFAULT_CONTAINMENT, DEFAULT_MIN_OVERLAP, DEFAULT_CORE_CONTAINMENT,
          DEFAULT_MIN_CORE_OVERLAP, seed);
    }

    /**
     * Bands of four rows. Two rows made most real reprints candidates, but also any two texts at
     * Jaccard 0.1 half the time, and the bench fell tenfold as the index grew; see docs/dedup.md.
     */
    public static final int DEFAULT_BANDS = 32;

    /** The measured default threshold; see the README's tables. A constant, for option defaults. */
    public static final double DEFAULT_THRESHOLD = 0.55;

    /** The measured default share of the smaller text found in the other; see the README. */
    public static final double DEFAULT_CONTAINMENT = 0.44;

    /** The measured default least overlap of two texts, in shingles; see the README. */
    public static final int DEFAULT_MIN_OVERLAP = 30;

    /** The measured default share of the smaller core found in the other core, with the containment; see the README. */
    public static final double DEFAULT_CORE_CONTAINMENT = 0.3;

    /** The measured default least core overlap, in shingles; see the README. */
    public static final int DEFAULT_MIN_CORE_OVERLAP = 10;

    /** Measured defaults; see the README's tables. */
    public static Settings standard() {
      return new Settings(4, 128, DEFAULT_BANDS, DEFAULT_THRESHOLD, 0x6E657773L); // seed: "news" in ASCII
    }

    /** These settings with another threshold: same sketches and band keys, another verdict. */
    public Settings withThreshold(double newThreshold) {
      return new Settings(shingleWords, hashes, bands, newThreshold, containment, minOverlap, coreContainment, minCoreOverlap, seed);
    }

    /** These settings with another core rule: same sketches and band keys, another verdict. */
    public Settings withCoreRule(double newCoreContainment, int newMinCoreOverlap) {
      return new Settings(shingleWords, hashes, bands, threshold, containment, minOverlap, newCoreContainment, newMinCoreOverlap, seed);
    }

    /** These settings with another containment rule: same sketches and band keys, another verdict. */
    public Settings withContainmentRule(double newContainment, int newMinOverlap) {
      return new Settings(shingleWords, hashes, bands, threshold, newContainment, newMinOverlap, coreContainment, minCoreOverlap, seed);
    }
  }

  /** By which measure a pair was found to be duplicates. */
  public enum Measure {
    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    JACCARD,
    /**
     * Estimated share of the smaller text's shingles found in the other, common shingles not
     * counted as shared, with the two cores (lead and clutter set aside) sharing enough too: a
     * reprint under another site's headline and lead, cut, reordered or wrapped in clutter.
     */
    CONTAINMENT
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
  private final long sampleSalt;

  public NearDuplicateDetector(Settings settings) {
    this.settings = settings;
    this.rows = settings.hashes() / settings.bands();
    this.salts = new long[settings.hashes()];
    for (int i = 0; i < salts.length; i++) {
      salts[i] = Hash64.salt(settings.seed(), i);
    }
    // One more function, after the signature's: it orders the shingles for the sample.
    this.sampleSalt = Hash64.salt(settings.seed(), settings.hashes());
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
    if (shingles.length == 0) {
      // A text without words keeps the largest value everywhere; its shingle count of 0 marks it.
      int[] none = new int[salts.length];
      Arrays.fill(none, Integer.MAX_VALUE);
      return new Sketch(none, 0);
    }
    // The core's shingles are among the text's (the core is a run of whole units of it), so each
    // sampled shingle is looked up in the core's.
    long[] core = Shingles.of(Shingles.core(cleanedText), settings.shingleWords(), settings.seed());
    int[] minHashes = new int[salts.length];
    Arrays.fill(minHashes, Integer.MAX_VALUE);
    long[] ordered = new long[shingles.length];
    int coreShingles = 0;
    for (int s = 0; s < shingles.length; s++) {
      long shingle = shingles[s];
      // Counted among the text's shingles: one that spans a left-out paragraph is in neither sample.
      coreShingles += Arrays.binarySearch(core, shingle) >= 0 ? 1 : 0;
      for (int i = 0; i < salts.length; i++) {
        // One mix per (shingle, function): x ^ salt_i through a bijective mixer acts as the i-th
        // random permutation. The upper 32 bits are plenty to tell shingles apart in one article.
        int h = (int) (Hash64.mix(shingle ^ salts[i]) >>> 32);
        if (h < minHashes[i]) {
          minHashes[i] = h;
        }
      }
      // Sample value in the upper half, the shingle's index in the lower, to sort both together.
      ordered[s] = (Hash64.mix(shingle ^ sampleSalt) & 0xFFFFFFFF00000000L) | s;
    }
    Arrays.sort(ordered);
    int[] sample = new int[Math.min(Sketch.SAMPLE_SIZE, ordered.length)];
    byte[] mask = new byte[(sample.length + 7) / 8];
    int n = 0;
    for (int s = 0; s < ordered.length && n < sample.length; s++) {
      int value = (int) (ordered[s] >> 32);
      if (n > 0 && sample[n - 1] == value) {
        continue; // two shingles of one text on one 32-bit value: one sample entry
      }
      sample[n] = value;
      if (Arrays.binarySearch(core, shingles[(int) ordered[s]]) >= 0) {
        mask[n >> 3] |= (byte) (1 << (n & 7));
      }
      n++;
    }
    int[] taken = n == sample.length ? sample : Arrays.copyOf(sample, n);
    return Sketch.ofOwned(minHashes, shingles.length, taken, n == sample.length ? mask : Arrays.copyOf(mask, (n + 7) / 8), coreShingles,
        FullNames.of(cleanedText));
  }

  private static final HexFormat HEX = HexFormat.of();

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
      // Not String.format: parsing its pattern per band was 6% of the stream thread (docs/performance.md).
      keys.add((band < 10 ? "0" : "") + band + ':' + HEX.toHexDigits(h));
    }
    return keys;
  }

  /**
   * At most this many anchors an article: the least sampled values. A long text is then filed under
   * as many keys as a short one, and two long copies still share about {@code containment × 32}.
   */
  public static final int MAX_ANCHORS = 32;

  /**
   * An anchor held by this many articles is full: neither searched nor filed under. A stock phrase
   * of some articles, not a story's own words, as a story seldom has ten copies within the
   * retention. On the bench's feed, whose stock sentences are each in a few articles, a limit of
   * 20 made 66 candidates an article and 10 made 47 (bands alone: 35), with the same recall on the
   * real set; see docs/dedup.md.
   */
  public static final int ANCHOR_HOLDERS = 10;

  /** Sample values below this are anchors: one shingle in four, the same ones in every text. */
  private static final int ANCHOR_LIMIT = Integer.MIN_VALUE + (1 << 30);

  /**
   * The article's anchors, a second way to candidates beside the bands: its sampled shingles whose
   * sample value is in the lowest quarter of the range, at most {@link #MAX_ANCHORS} (the least),
   * ascending. A shingle is an anchor in every text that has it, so two texts sharing a passage
   * share its anchors whatever else either holds: a reprint inside another site's lead and clutter,
   * at Jaccard 0.1-0.3, where bands of four MinHash rows seldom agree. An anchor in many articles
   * is a stock phrase and leads nowhere; the index leaves it out (see {@link #ANCHOR_HOLDERS}).
   */
  public int[] anchors(Sketch sketch) {
    int n = 0;
    while (n < sketch.sampleSize() && n < MAX_ANCHORS && sketch.sampled(n) < ANCHOR_LIMIT) {
      n++;
    }
    int[] anchors = new int[n];
    for (int i = 0; i < n; i++) {
      anchors[i] = sketch.sampled(i);
    }
    return anchors;
  }

  /**
   * The similarity of two articles if they are near-duplicates, else empty (see {@link
   * #matchIfDuplicate}). A text without words is nobody's duplicate.
   */
  public OptionalDouble similarityIfDuplicate(Sketch a, Sketch b) {
    return matchIfDuplicate(a, b).map(m -> OptionalDouble.of(m.similarity())).orElse(OptionalDouble.empty());
  }

  /**
   * Whether two articles are near-duplicates, and by which measure:
   *
   * <ul>
   *   <li>{@link Measure#JACCARD}: the two texts are mostly the same (estimated Jaccard similarity
   *       at least {@link #threshold()});
   *   <li>{@link Measure#CONTAINMENT}: a reprint. The smaller text is largely in the other (at
   *       least {@link Settings#containment()} of its shingles and {@link Settings#minOverlap()} of
   *       them), and so is the smaller core ({@link Shingles#core}: the text without headline, lead,
   *       last paragraph, short chrome lines and background paragraphs; at least {@link
   *       Settings#coreContainment()} and {@link Settings#minCoreOverlap()} shingles). Containment,
   *       not Jaccard: a site's own headline, lead, tags and counters, or a cut, add to one side only.
   *       The core: two different stories that share an edge passage (a participant list or a
   *       boilerplate paragraph at the end) share little of their cores. A story cut to its core
   *       is a reprint at a lower containment (a quarter of the smaller text, 20 shingles) when
   *       much of the smaller core (0.4, 15 shingles) is in the other. Where either core has fewer
   *       shingles than {@link Settings#minCoreOverlap()}, the cores cannot tell, and 0.55 of the
   *       smaller text ({@link Settings#minOverlap()} shingles) makes a reprint.
   * </ul>
   *
   * Neither holds when each text names someone in full (with a patronymic, {@link FullNames}) and
   * they name no one in common: one decree wording about two appointments is two stories.
   *
   * Containment is counted on the two samples, so it stays right when one text is much smaller than
   * the other. A sketch without a sample (an older layout) is judged on Jaccard alone; a text
   * without words is nobody's duplicate. Here no shingle is common; in an index, pass its {@link
   * ShingleFrequencies#common()}.
   */
  public Optional<Match> matchIfDuplicate(Sketch a, Sketch b) {
    return matchIfDuplicate(a, b, NONE_COMMON);
  }

  /** Nothing is common: every shingle counts. */
  public static final IntPredicate NONE_COMMON = value -> false;

  /**
   * As {@link #matchIfDuplicate(Sketch, Sketch)}, with the sampled shingles that occur in very many
   * articles (boilerplate, stock phrases; see {@link ShingleFrequencies}) left out of containment.
   */
  public Optional<Match> matchIfDuplicate(Sketch a, Sketch b, IntPredicate common) {
    if (a.shingles() == 0 || b.shingles() == 0 || a.namesOthersThan(b)) {
      return Optional.empty();
    }
    double jaccard = a.agreement(b);
    if (jaccard >= settings.threshold()) {
      return Optional.of(new Match(jaccard, Measure.JACCARD));
    }
    if (settings.containment() > 1) {
      return Optional.empty(); // the reprint rules are off
    }
    Sketch.Overlap whole = a.overlap(b, common);
    if (whole.containment() < Math.min(settings.containment(), CUT_CONTAINMENT)) {
      return Optional.empty(); // neither rule can hold: the cores need not be compared
    }
    Sketch.Overlap core = a.coreOverlap(b, common);
    boolean reprint = whole.shared() >= settings.minOverlap() && whole.containment() >= settings.containment()
        && core.shared() >= settings.minCoreOverlap() && core.containment() >= settings.coreContainment();
    boolean cutToItsCore = whole.shared() >= CUT_MIN_OVERLAP && whole.containment() >= CUT_CONTAINMENT
        && core.shared() >= CUT_MIN_CORE_OVERLAP && core.containment() >= CUT_CORE_CONTAINMENT;
    // A brief, or a page of a lead and one paragraph, has too small a core for the core to tell an
    // edge passage from the story: the whole text must then be the more contained.
    boolean noCoreToJudgeBy = Math.min(a.coreShingles(), b.coreShingles()) < settings.minCoreOverlap()
        && whole.shared() >= settings.minOverlap() && whole.containment() >= NO_CORE_CONTAINMENT;
    return reprint || cutToItsCore || noCoreToJudgeBy
        ? Optional.of(new Match(whole.containment(), Measure.CONTAINMENT)) : Optional.empty();
  }

  /**
   * The share of the smaller text that makes a reprint when either core is too small to judge by:
   * the Jaccard threshold's value. The generator's hard negatives stay under 0.42, the bench feed's
   * different reports under it once their stock sentences are common; docs/dedup.md.
   */
  private static final double NO_CORE_CONTAINMENT = 0.55;

  /*
   * The second reprint rule: a story cut to its core and framed by another site's lead, quotes and
   * clutter shares little of the whole text (0.25-0.44 of the smaller) but much of the smaller core.
   * Measured on the real set and the generator's hard negatives (docs/dedup.md): with participant
   * lists out of the cores, no hard negative is confused down to a core containment of 0.25, and
   * the first independent real pair (two decrees on one election) comes at 0.3, so the rule asks
   * for 0.4.
   */
  private static final double CUT_CONTAINMENT = 0.25;
  private static final int CUT_MIN_OVERLAP = 20;
  private static final double CUT_CORE_CONTAINMENT = 0.4;
  private static final int CUT_MIN_CORE_OVERLAP = 15;

  /** Every measure of a pair, whether or not it reaches its threshold: for reports on misses and false matches. */
  public Measures measures(Sketch a, Sketch b, IntPredicate common) {
    Sketch.Overlap whole = a.overlap(b, common);
    Sketch.Overlap core = a.coreOverlap(b, common);
    return new Measures(a.agreement(b), whole.containment(), whole.shared(), core.containment(), core.shared(),
        a.namesOthersThan(b));
  }

  /**
   * @param jaccard estimated Jaccard similarity of the two texts
   * @param containment share of the smaller text found in the other
   * @param shared estimated shingles the texts share
   * @param coreContainment share of the smaller core found in the other core
   * @param coreShared estimated shingles the cores share
   * @param othersNamed each text names someone in full and they name no one in common, which no
   *     rule takes for one story
   */
  public record Measures(double jaccard, double containment, double shared, double coreContainment, double coreShared,
      boolean othersNamed) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "jaccard %.3f, containment %.3f (%.0f shingles), core containment %.3f (%.0f shingles)%s",
          jaccard, containment, shared, coreContainment, coreShared, othersNamed ? ", each names others in full" : "");
    }
  }
}
