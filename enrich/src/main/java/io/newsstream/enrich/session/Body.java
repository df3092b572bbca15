package io.newsstream.enrich.session;

import io.newsstream.enrich.tokens.Sentence;
import java.util.List;
import java.util.Set;

/** Whose session a session word names: the Assembly's, another body's, or the sentence does not say. */
enum Body {
  ASSEMBLY, OTHER, UNKNOWN;

  /** How far from the session phrase the body's name may stand. */
  private static final int REACH = 6;

  private static final List<String> OTHER_BODIES =
      List.of("маслихат", "мәслихат", "генеральн", "парламентск", "межпарламентск", "съезд", "сенат",
          "мажилис", "мәжіліс", "парламент", "курултай", "құрылтай", "экзаменацион", "емтихан", "оон",
          "обсе", "снг", "одкб", "еаэс", "юнеско", "пасе", "бұұ");

  /** Words that make an "assembly" another one: the UN General Assembly, parliamentary assemblies. */
  private static final Set<String> OTHER_ASSEMBLIES =
      Set.of("оон", "обсе", "снг", "одкб", "еаэс", "бұұ", "пасе", "бас", "генеральной", "генеральная",
          "парламентской", "парламентская", "межпарламентской", "межпарламентская");

  /**
   * The body nearest to a session phrase: Russian names it after "сессия" ("сессия маслихата"),
   * Kazakh before ("мәслихатының сессиясы"), so each language looks its own way first.
   */
  static Body near(Sentence s, int numeralFirst, int word) {
    Body after = scan(s, word + 1, +1);
    Body before = scan(s, numeralFirst - 1, -1);
    Body first = s.isKazakh() ? before : after;
    return first != UNKNOWN ? first : s.isKazakh() ? after : before;
  }

  /** Whether a word names the Assembly of People (or a regional one): "Ассамблеи", "АНК", "ҚХА-ның". */
  static boolean isAssembly(String lower) {
    return lower.startsWith("ассамбле") || lower.equals("анк") || lower.startsWith("анк-") || lower.startsWith("қха");
  }

  /** The body a word names, or null. */
  static Body of(Sentence s, int k) {
    String lower = s.lower(k);
    if (isAssembly(lower)) {
      for (int j = k - 2; j <= k + 2; j++) {
        if (j != k && OTHER_ASSEMBLIES.contains(s.lower(j))) {
          return OTHER;
        }
      }
      return ASSEMBLY;
    }
    return OTHER_BODIES.stream().anyMatch(lower::startsWith) ? OTHER : null;
  }

  private static Body scan(Sentence s, int from, int step) {
    int k = from;
    for (int seen = 0; seen < REACH && k >= 0 && k < s.size(); seen++) {
      int partner = s.quotePartner(k);
      if (partner >= 0 && (partner - k) * step > 0) {
        k = partner + step; // a quoted title is one step
        continue;
      }
      Body body = of(s, k);
      if (body != null) {
        return body;
      }
      k += step;
    }
    return UNKNOWN;
  }
}
