package io.newsstream.text;

/**
 * What the producer and the streams app measure of a text before they accept it: blank or not, its
 * size in UTF-8 and its letters. One copy, so that both sides refuse the same texts.
 */
public final class TextMeasure {
  /** The fewest letters a language can be told from: the detector's floor and the shortest article. */
  public static final int FEWEST_LETTERS_FOR_LANGUAGE = 20;

  private TextMeasure() {}

  /**
   * Blank by Unicode's lights: whitespace, no-break spaces, and zero-width characters and byte-order
   * marks (format characters), which the cleaner removes too.
   */
  public static boolean isBlank(String text) {
    return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT);
  }

  /** The UTF-8 size, counted, not encoded: a too-large text should not cost a copy of itself. */
  public static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isSurrogate(c)) {
        bytes += 2; // a pair is 4 bytes
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** How many letters (code points), in any script: digits, signs and spaces say nothing. */
  public static int letters(String text) {
    return (int) text.codePoints().filter(Character::isLetter).count();
  }

  /** Whether {@code text} has at least {@code least} letters; reads no further than it needs to. */
  public static boolean hasLetters(String text, int least) {
    return text.codePoints().filter(Character::isLetter).limit(least).count() >= least;
  }
}
