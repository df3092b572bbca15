package io.newsstream.dedup.corpus;

import io.newsstream.dedup.variants.Variant;
import io.newsstream.dedup.variants.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An endless news feed for load tests, the same for a seed on every JVM: Russian and Kazakh
 * reports of Assembly sessions across regions and years, 2 to 8 KB of text each, written from the
 * corpus' sentence banks, with a share of copies of recent articles. A copy is either exact (the
 * same title and text on another site) or near (a {@link Variants variant}: reflowed, chrome,
 * new title, cut, an added paragraph, look-alike numerals, or all at once). Every item has a URL of
 * its own, so the pipeline sees a copy as another site's article, not as a re-send.
 */
public final class Feed {
  /** Copies are of one of this many most recent originals, as republications follow soon. */
  private static final int RECENT = 500;
  private static final int MIN_BYTES = 2 * 1024;
  /** Reports end one closing paragraph past their minimum size; this keeps them under 8 KB. */
  private static final int MAX_MIN_BYTES = 7 * 1024;
  private static final String[] SITES = {
    "assembly-news.example.kz", "region-today.example.kz", "qogam.example.kz", "dostyq.example.kz",
    "zhanalyqtar.example.kz", "birlik-media.example.kz"
  };

  /** What an item is to the feed. */
  public enum Kind {
    /** A story not in the feed before. */
    ORIGINAL,
    /** The title and text of an earlier item, on another site. */
    EXACT,
    /** A near-duplicate variant of an earlier item. */
    NEAR
  }

  /**
   * One article of the feed.
   *
   * @param url where it was published; unique in the feed
   * @param language ru or kk: the language it was written in
   * @param copyOf for copies, the URL of the original; else null
   */
  public record Item(String url, String source, String title, String text, String language, Kind kind, String copyOf) {}

  private final Random random;
  private final Pick pick;
  private final Writer russian;
  private final Writer kazakh;
  private final double duplicateShare;
  private final double kazakhShare;
  private final List<Item> recent = new ArrayList<>();
  private long count;
  private long originals;

  /**
   * @param duplicateShare the share of items that copy an earlier one, in [0, 1); half exact, half near
   * @param kazakhShare the share of originals written in Kazakh, in [0, 1]
   */
  public Feed(long seed, double duplicateShare, double kazakhShare) {
    if (!(duplicateShare >= 0 && duplicateShare < 1)) {
      throw new IllegalArgumentException("the duplicate share must be in [0, 1), not " + duplicateShare);
    }
    if (!(kazakhShare >= 0 && kazakhShare <= 1)) {
      throw new IllegalArgumentException("the Kazakh share must be in [0, 1], not " + kazakhShare);
    }
    this.random = new Random(seed);
    this.pick = new Pick(random);
    this.russian = new Writer(RussianBank.BANK, pick);
    this.kazakh = new Writer(KazakhBank.BANK, pick);
    this.duplicateShare = duplicateShare;
    this.kazakhShare = kazakhShare;
  }

  /** The next article. */
  public Item next() {
    long n = count++;
    String source = pick.one(SITES);
    String url = "https://" + source + "/news/" + n;
    if (recent.isEmpty() || !pick.chance(duplicateShare)) {
      return remember(original(url, source));
    }
    Item original = pick.one(recent);
    if (pick.chance(0.5)) {
      return new Item(url, source, original.title(), original.text(), original.language(), Kind.EXACT, original.url());
    }
    Variant.Kind kind = pick.one(List.of(Variant.Kind.values()));
    Variant variant = Variants.variantOf(kind, original.title(), original.text(), random.nextLong());
    return new Item(url, source, variant.title(), variant.text(), original.language(), Kind.NEAR, original.url());
  }

  private Item original(String url, String source) {
    boolean inKazakh = pick.chance(kazakhShare);
    Writer writer = inKazakh ? kazakh : russian;
    Article article =
        writer.report(url, writer.story(pick.one(Regions.ALL), pick.between(10, 39)), pick.between(MIN_BYTES, MAX_MIN_BYTES));
    return new Item(url, source, article.title(), article.text(), inKazakh ? "kk" : "ru", Kind.ORIGINAL, null);
  }

  private Item remember(Item original) {
    if (recent.size() < RECENT) {
      recent.add(original);
    } else {
      recent.set((int) (originals % RECENT), original);
    }
    originals++;
    return original;
  }
}
