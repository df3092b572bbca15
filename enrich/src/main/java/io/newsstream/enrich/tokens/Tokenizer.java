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

  static List<Token> tokenize(String line) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(line);
    while (m.find()) {
      tokens.add(Token.of(m.group().replace('‐', '-').replace('‑', '-')));
    }
    return tokens;
  }
}
