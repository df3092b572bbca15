package io.newsstream.text;

import java.util.regex.Pattern;

/**
 * One kind of site chrome: a line that the site adds around every article (menus, counters,
 * buttons) and that is no part of the article.
 *
 * @param name what the rule removes, for tests and logs
 * @param line the whole line it matches, case-insensitively, after typography normalisation
 * @param trailingOnly true when the line is chrome only at the end of a text, where nothing follows it
 */
public record ChromeRule(String name, Pattern line, boolean trailingOnly) {

  /** A rule for lines that are chrome wherever they stand. */
  public static ChromeRule anywhere(String name, String regex) {
    return new ChromeRule(name, compile(regex), false);
  }

  /** A rule for lines that are chrome only when they end the text. */
  public static ChromeRule trailing(String name, String regex) {
    return new ChromeRule(name, compile(regex), true);
  }

  public boolean matches(String normalisedLine) {
    return line.matcher(normalisedLine).matches();
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
