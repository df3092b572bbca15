package io.newsstream.dedup.variants;

/**
 * A near-duplicate of an article, as another site or a later scrape would publish it.
 *
 * @param kind what was changed
 * @param title the variant's title
 * @param text the variant's raw text (not cleaned: chrome and look-alike letters are the point)
 */
public record Variant(Kind kind, String title, String text) {
  /** What makes a variant differ from its original. Every kind keeps it a duplicate to a reader. */
  public enum Kind {
    /** Lines rewrapped, paragraphs split or joined, spaces doubled. */
    REFLOWED,
    /** Site chrome lines added: navigation, related links, comment buttons, view counters. */
    CHROME_ADDED,
    /** The original's chrome lines removed. */
    CHROME_REMOVED,
    /** Another headline. */
    TITLE_CHANGED,
    /** 5 to 20 % of the words cut from the end. */
    TRUNCATED,
    /** An editorial paragraph added at the end or after the lead. */
    PARAGRAPH_ADDED,
    /** Roman numerals retyped with look-alike letters: Latin X, I, V and Cyrillic Х, І, Ү swapped. */
    LOOKALIKE_NUMERALS,
    /** A republication: new title, chrome, reflowed, look-alike numerals and up to 10 % cut. */
    COMBINED
  }
}
