package io.newsstream.enrich;

/**
 * A language and how sure the guesser is.
 *
 * @param language ISO 639-1 code ("kk", "ru"), or "und"
 * @param confidence 0 to 1
 */
public record LanguageGuess(String language, double confidence) {}
