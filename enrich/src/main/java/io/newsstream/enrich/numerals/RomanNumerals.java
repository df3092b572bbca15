package io.newsstream.enrich.numerals;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Roman numerals as Kazakh and Russian sites type them: Latin letters mixed with Cyrillic
 * look-alikes (Х for X, І and Ӏ for I, Ү and У for V), optionally with a Kazakh or Russian case
 * suffix after a hyphen ("XXV-ші").
 */
public final class RomanNumerals {
  private static final Map<Character, Character> LOOK_ALIKES =
      Map.of('Х', 'X', 'І', 'I', 'Ӏ', 'I', 'Ү', 'V', 'У', 'V');

  private static final Pattern CANONICAL =
      Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

  private static final Pattern SUFFIX = Pattern.compile("-\\p{IsCyrillic}{1,5}");

  private RomanNumerals() {}

  /** The value of a word that is a Roman numeral ("ХХІҮ" is 24); empty when it is not one. */
  public static OptionalInt value(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen > 0 && SUFFIX.matcher(word.substring(hyphen)).matches()) {
      word = word.substring(0, hyphen);
    }
    StringBuilder latin = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      latin.append(LOOK_ALIKES.getOrDefault(c, c));
    }
    String numeral = latin.toString();
    if (numeral.isEmpty() || !CANONICAL.matcher(numeral).matches()) {
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

  private static int digit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      case 'C' -> 100;
      case 'D' -> 500;
      default -> 1000; // 'M': CANONICAL admits nothing else
    };
  }
}
