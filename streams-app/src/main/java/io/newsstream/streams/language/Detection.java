package io.newsstream.streams.language;

/**
 * What {@link LanguageDetector} decided.
 *
 * @param language ISO 639-1 code, or {@link LanguageDetector#UNDETERMINED}
 * @param confidence distance between the top language and the runner-up, 0..1; 0 when undetermined
 */
public record Detection(String language, double confidence) {
  static final Detection UNDETERMINED = new Detection(LanguageDetector.UNDETERMINED, 0.0);
}
