package io.newsstream.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a scraped text into the article: Unicode NFKC, Roman numerals typed with look-alike letters
 * folded to Latin, one spelling of quotes and dashes, site chrome removed, whitespace collapsed.
 * Thread-safe.
 */
public final class TextCleaner {
  /** Longer first lines are paragraphs, not titles. */
  static final int MAX_TITLE_LENGTH = 200;

  private final ChromeRules chrome;

  public TextCleaner() {
    this(ChromeRules.DEFAULT);
  }

  public TextCleaner(ChromeRules chrome) {
    this.chrome = chrome;
  }

  /** Cleans a text that came without a title. */
  public CleanText clean(String text) {
    return clean(null, text);
  }

  /**
   * Cleans a text and its title.
   *
   * @param title the scraper's title, or null; when null or blank the first line of the cleaned
   *     text is the title if it is at most {@value #MAX_TITLE_LENGTH} characters and does not end
   *     with a period
   */
  public CleanText clean(String title, String text) {
    String body = joinParagraphs(chrome.strip(normaliseLines(text)));
    String cleanTitle = title == null ? "" : normaliseLine(title);
    return new CleanText(cleanTitle.isEmpty() ? titleFrom(body) : cleanTitle, body);
  }

  private static List<String> normaliseLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R", -1)) {
      lines.add(normaliseLine(line));
    }
    return lines;
  }

  private static String normaliseLine(String line) {
    return RomanNumerals.fold(Typography.normalise(Normalizer.normalize(line, Normalizer.Form.NFKC)));
  }

  /** Joins lines with '\n', runs of blank lines becoming one, none at either end. */
  private static String joinParagraphs(List<String> lines) {
    StringBuilder out = new StringBuilder();
    boolean blankPending = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        blankPending = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(blankPending ? "\n\n" : "\n");
      }
      out.append(line);
      blankPending = false;
    }
    return out.toString();
  }

  private static String titleFrom(String body) {
    int newline = body.indexOf('\n');
    String first = newline < 0 ? body : body.substring(0, newline);
    boolean looksLikeTitle =
        !first.isEmpty() && first.length() <= MAX_TITLE_LENGTH && !first.endsWith(".");
    return looksLikeTitle ? first : null;
  }
}
