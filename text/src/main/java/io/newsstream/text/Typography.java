package io.newsstream.text;

import java.util.regex.Pattern;

/** One spelling for each quote, dash and space, so texts that differ only in typography compare equal. */
final class Typography {
  /** Invisible characters scrapers carry over from HTML: soft hyphen, zero-width space, word joiner, BOM. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");

  private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+");
  private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");

  /** A hyphen between spaces is a dash in Russian and Kazakh typing ("дня - «30 лет»"). */
  private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<= )-(?= )");

  private Typography() {}

  /** Normalises one line (no line breaks in it): quotes, dashes, spaces; trimmed. */
  static String normalise(String line) {
    String s = INVISIBLE.matcher(line).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    s = CONTROLS.matcher(s).replaceAll("");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.append(canonical(s.charAt(i)));
    }
    return SPACED_HYPHEN.matcher(out).replaceAll("—").strip();
  }

  private static char canonical(char c) {
    return switch (c) {
      case '«', '»', '„', '“', '”', '‟' -> '"';
      case '‘', '’', '‚', '‛' -> '\'';
      case '‒', '–', '—', '―' -> '—';
      case '‐', '‑' -> '-';
      default -> c;
    };
  }
}
