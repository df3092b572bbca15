package io.newsstream.dedup.variants;

import io.newsstream.text.RomanNumerals;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman numerals retyped the way Kazakh and Russian sites type them: Latin X, I, V become Cyrillic
 * Х, І, Ү and the other way round, so one story reads "XXV сессия" on one site and "ХХҮ сессия" on
 * another.
 */
final class LookAlikes {
  private static final Pattern NUMERAL = Pattern.compile("(?<![\\p{L}\\p{N}])[IVXХІҮ]{2,}(?![\\p{L}\\p{N}])");
  private static final String LATIN = "XIV";
  private static final String CYRILLIC = "ХІҮ";

  private LookAlikes() {}

  /** Every numeral of two or more letters, in the other alphabet; words that are no numeral stay. */
  static String swap(String text) {
    Matcher m = NUMERAL.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String word = m.group();
      boolean cyrillic = word.chars().anyMatch(c -> CYRILLIC.indexOf(c) >= 0);
      String latin = translate(word, CYRILLIC, LATIN);
      String swapped = cyrillic ? latin : translate(word, LATIN, CYRILLIC);
      m.appendReplacement(out, Matcher.quoteReplacement(RomanNumerals.value(latin).isPresent() ? swapped : word));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String translate(String word, String from, String to) {
    StringBuilder out = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      int i = from.indexOf(c);
      out.append(i < 0 ? c : to.charAt(i));
    }
    return out.toString();
  }
}
