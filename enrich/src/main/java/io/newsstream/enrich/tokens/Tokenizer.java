package io.newsstream.enrich.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a line into {@link Token}s. */
final class Tokenizer {
  /**
   * Words keep inner hyphens and apostrophes, so "Нур-Султан", "19-ая" and "ҚХА-ның" stay whole;
   * any other visible character is a token of its own.
   */
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[-‐‑'’ʼ][\\p{L}\\p{N}\\p{M}]+)*|\\S");

  private Tokenizer() {}

  /** Latin lower-case letters that look like Cyrillic ones, as typed into Cyrillic words: "шаhарында". */
  private static final String LATIN = "aceopxyhik";
  private static final String CYRILLIC = "асеорхуһік";

  static List<Token> tokenize(String line) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(line);
    while (m.find()) {
      tokens.add(Token.of(homoglyphs(m.group().replace('‐', '-').replace('‑', '-'))));
    }
    return tokens;
  }

  /**
   * A Cyrillic word with Latin look-alikes typed into it, in Cyrillic throughout; other words as
   * they are. Capitals stay: mixed Roman numerals ("ХХVI") are the numeral reader's.
   */
  static String homoglyphs(String word) {
    boolean cyrillic = false;
    boolean latin = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      cyrillic |= c >= '\u0400' && c <= '\u052f';
      latin |= c >= 'a' && c <= 'z' && LATIN.indexOf(c) >= 0;
    }
    if (!cyrillic || !latin) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      int at = LATIN.indexOf(word.charAt(i));
      out.append(at >= 0 ? CYRILLIC.charAt(at) : word.charAt(i));
    }
    return out.toString();
  }
}
