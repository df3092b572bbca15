package io.newsstream.text;

/** One spelling for each quote, dash and space, so texts that differ only in typography compare equal. */
final class Typography {
  private Typography() {}

  /**
   * Normalises one line (no line breaks in it): quotes, dashes, spaces; trimmed. One pass over the
   * characters, without regular expressions: it runs on every line of every article.
   */
  static String normalise(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean spacePending = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        spacePending = true;
        continue;
      }
      if (Character.getType(c) == Character.CONTROL) {
        continue;
      }
      // Runs of spaces become one; leading and trailing ones go.
      if (spacePending && out.length() > 0) {
        out.append(' ');
      }
      spacePending = false;
      out.append(canonical(c));
    }
    // A hyphen between spaces is a dash in Russian and Kazakh typing ("дня - «30 лет»").
    for (int i = 1; i + 1 < out.length(); i++) {
      if (out.charAt(i) == '-' && out.charAt(i - 1) == ' ' && out.charAt(i + 1) == ' ') {
        out.setCharAt(i, '—');
      }
    }
    return out.toString();
  }

  /** Invisible characters scrapers carry over from HTML: soft hyphen, zero-width space, word joiner, BOM. */
  private static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
  }

  private static boolean isSpace(char c) {
    return c == '\t' || c == '\u000B' || c == '\f' || Character.getType(c) == Character.SPACE_SEPARATOR;
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
