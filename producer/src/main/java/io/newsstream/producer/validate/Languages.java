package io.newsstream.producer.validate;

import java.util.Locale;
import java.util.Map;

/**
 * Reads a sender's language claim as an ISO 639-1 code. Scrapers write "kz" (the country) for
 * Kazakh, three-letter codes, locale tags ("ru-RU") or names; all of those are understood, anything
 * else is passed on lower-cased: it is only a hint.
 */
public final class Languages {
  private static final Map<String, String> ALIASES = Map.of(
      "kz", "kk", "kaz", "kk", "kazakh", "kk", "қазақ", "kk",
      "rus", "ru", "russian", "ru", "русский", "ru",
      "eng", "en", "english", "en");

  private Languages() {}

  /** The ISO 639-1 code of a claim, or null for a blank or absent one. */
  public static String normalise(String claim) {
    if (claim == null || claim.isBlank()) {
      return null;
    }
    String primary = claim.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return ALIASES.getOrDefault(primary, primary);
  }
}
