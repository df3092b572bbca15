package io.newsstream.text;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman numerals as Kazakh and Russian sites type them: with Cyrillic look-alike letters ("ХХV",
 * "ХХІҮ") mixed with Latin ones.
 */
public final class RomanNumerals {
  /**
   * A whole word (no letter or digit on either side) of two or more numeral letters. Single letters
   * are never folded: "У", "С" and Ukrainian "І" are words.
   */
  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![\\p{L}\\p{N}])[IVXLCDMХІӀҮУ]{2,}(?![\\p{L}\\p{N}])");

  private static final Pattern CANONICAL =
      Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

  /** A Kazakh or Russian case suffix after a hyphen: "XXV-ші", "ХХІ-го". */
  private static final Pattern CASE_SUFFIX = Pattern.compile("-\\p{IsCyrillic}{1,5}");

  private RomanNumerals() {}

  /**
   * The value of a word that is a Roman numeral typed in any of the ways sites type them, look-alike
   * letters and a case suffix included ("ХХІҮ" is 24, "XXV-ші" 25); empty when it is not one.
   */
  public static OptionalInt wordValue(String word) {
    if (word.isEmpty() || !isNumeralLetter(word.charAt(0))) {
      return OptionalInt.empty(); // enrichment asks this of every word: most fail at their first letter
    }
    int hyphen = word.indexOf('-');
    if (hyphen > 0 && CASE_SUFFIX.matcher(word.substring(hyphen)).matches()) {
      word = word.substring(0, hyphen);
    }
    return value(toLatin(word));
  }

  /**
   * Rewrites every numeral typed with look-alike letters in Latin letters ("ХХІҮ сессия" becomes
   * "XXIV сессия"). A word is folded only when it is uppercase, consists of numeral letters and at
   * least one Cyrillic look-alike, and forms a valid numeral, so words such as "ХИМИЯ" or "УХ"
   * stay as they are.
   */
  public static String fold(String text) {
    if (!hasTwoNumeralLettersInARow(text)) {
      return text; // most lines: no regular expression, which costs more than the rest of cleaning
    }
    Matcher m = CANDIDATE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      String word = m.group();
      String latin = toLatin(word);
      boolean fold = !latin.equals(word) && value(latin).isPresent();
      m.appendReplacement(out, Matcher.quoteReplacement(fold ? latin : word));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /** The value of a numeral in canonical Latin form ("XXIV" is 24); empty when it is not one. */
  public static OptionalInt value(String numeral) {
    // Enrichment asks this of every word: most are no numeral, and a letter check costs less than the match.
    if (numeral.isEmpty() || !numeral.chars().allMatch(c -> isLatinNumeralLetter((char) c))
        || !CANONICAL.matcher(numeral).matches()) {
      return OptionalInt.empty();
    }
    int total = 0;
    for (int i = 0; i < numeral.length(); i++) {
      int current = digit(numeral.charAt(i));
      boolean subtractive = i + 1 < numeral.length() && current < digit(numeral.charAt(i + 1));
      total += subtractive ? -current : current;
    }
    return OptionalInt.of(total);
  }

  private static boolean hasTwoNumeralLettersInARow(String text) {
    boolean previous = false;
    for (int i = 0; i < text.length(); i++) {
      boolean current = isNumeralLetter(text.charAt(i));
      if (previous && current) {
        return true;
      }
      previous = current;
    }
    return false;
  }

  private static boolean isNumeralLetter(char c) {
    return isLatinNumeralLetter(latinOf(c));
  }

  private static boolean isLatinNumeralLetter(char c) {
    return switch (c) {
      case 'I', 'V', 'X', 'L', 'C', 'D', 'M' -> true;
      default -> false;
    };
  }

  /**
   * The Latin letter a Cyrillic look-alike of I, V or X stands for, else {@code c} itself. Cyrillic
   * С and М are left out on purpose: uppercase words made of С, М, Х and І are likelier than
   * numerals of 90 and more typed in Cyrillic.
   */
  private static char latinOf(char c) {
    return switch (c) {
      case 'Х' -> 'X'; // U+0425 Cyrillic Ha
      case 'І', 'Ӏ' -> 'I'; // U+0406 Byelorussian-Ukrainian I, Kazakh І; U+04C0 palochka
      case 'Ү', 'У' -> 'V'; // U+04AE Kazakh straight U; U+0423 Cyrillic U
      default -> c;
    };
  }

  /** The word with Cyrillic look-alikes of I, V and X replaced by the Latin letters ("ХХІҮ" → "XXIV"). */
  public static String toLatin(String word) {
    char[] letters = word.toCharArray();
    for (int i = 0; i < letters.length; i++) {
      letters[i] = latinOf(letters[i]);
    }
    return new String(letters);
  }

  private static int digit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      case 'C' -> 100;
      case 'D' -> 500;
      case 'M' -> 1000;
      default -> throw new IllegalArgumentException("not a numeral letter: " + c);
    };
  }
}
