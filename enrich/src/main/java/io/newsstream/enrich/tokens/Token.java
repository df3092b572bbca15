package io.newsstream.enrich.tokens;

import java.util.Locale;

/**
 * A word (letters and digits, with inner hyphens and apostrophes: "Нур-Султан", "19-ая",
 * "ҚХА-ның") or a single punctuation character.
 *
 * @param text the token as written
 * @param lower the token in lower case, for look-ups
 */
public record Token(String text, String lower) {

  /** A token of this text. */
  public static Token of(String text) {
    return new Token(text, text.toLowerCase(Locale.ROOT));
  }

  /** Whether this is a word rather than punctuation. */
  public boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  /** Whether this token is exactly one of these punctuation characters. */
  public boolean isPunct(String characters) {
    return !isWord() && characters.contains(text);
  }

  /**
   * Whether the word starts with a capital, is not all capitals and is longer than a letter: how
   * names are written ("Астана", "Касым-Жомарт"), as opposed to abbreviations ("АНК"), initials and
   * common words.
   */
  public boolean isCapitalized() {
    return text.length() > 1 && Character.isUpperCase(text.codePointAt(0)) && !isAllCaps();
  }

  /** Whether every letter is a capital and there are at least two letters ("АНК", "ШҚО"). */
  public boolean isAllCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * Whether {@code word} starts with a digit: the cheap test that spares a number pattern's match on
   * the many words that cannot be one.
   */
  public static boolean startsWithDigit(String word) {
    return !word.isEmpty() && Character.isDigit(word.charAt(0));
  }

  /** Whether the word starts with a capital letter (names, abbreviations, sentence starts). */
  public boolean startsUpper() {
    return Character.isUpperCase(text.codePointAt(0));
  }
}
