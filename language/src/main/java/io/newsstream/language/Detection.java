package io.newsstream.language;

import java.util.Map;

/**
 * What {@link LanguageDetector} decided about a text.
 *
 * @param language ISO 639-1 code of the dominant language, or {@link LanguageDetector#UNDETERMINED}
 * @param confidence distance between the top language and the runner-up, 0..1; 0 when undetermined
 * @param script ISO 15924 code of the script most letters are in (Cyrl, Latn, Arab); null when
 *     they are in none of those, or there are none
 * @param shares each detected language's share of the text's letters, by paragraph; sums to 1;
 *     empty when no paragraph could be told
 */
public record Detection(String language, double confidence, String script, Map<String, Double> shares) {
  public Detection {
    shares = Map.copyOf(shares);
  }

  /** Nothing to tell, in the given script (null for none). */
  static Detection undetermined(String script) {
    return new Detection(LanguageDetector.UNDETERMINED, 0.0, script, Map.of());
  }
}
