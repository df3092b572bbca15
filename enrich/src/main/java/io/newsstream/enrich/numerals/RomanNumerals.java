package io.newsstream.enrich.numerals;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Roman numerals as Kazakh and Russian sites type them: Latin letters mixed with Cyrillic
 * look-alikes (Х for X, І and Ӏ for I, Ү and У for V), optionally with a Kazakh or Russian case
 * suffix after a hyphen ("XXV-ші").
 */
public final class RomanNumerals {
  private static final Pattern SUFFIX = Pattern.compile("-\\p{IsCyrillic}{1,5}");

  private RomanNumerals() {}

  /** The value of a word that is a Roman numeral ("ХХІҮ" is 24); empty when it is not one. */
  public static OptionalInt value(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen > 0 && SUFFIX.matcher(word.substring(hyphen)).matches()) {
      word = word.substring(0, hyphen);
    }
    // The look-alikes and the arithmetic are the cleaner's; only the case suffix is ours.
    return io.newsstream.text.RomanNumerals.value(io.newsstream.text.RomanNumerals.toLatin(word));
  }
}
