package io.newsstream.enrich;

/**
 * Detects the language of a cleaned text. The streams app's detector (Lingua) is plugged in by the
 * launcher; this module does not depend on it.
 */
@FunctionalInterface
public interface LanguageGuesser {
  /** The language of the text. */
  LanguageGuess guess(String text);
}
