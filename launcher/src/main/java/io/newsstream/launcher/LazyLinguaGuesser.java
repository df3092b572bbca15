package io.newsstream.launcher;

import io.newsstream.enrich.LanguageGuess;
import io.newsstream.enrich.LanguageGuesser;
import io.newsstream.language.Detection;
import io.newsstream.language.LanguageDetector;

/**
 * The streams app's language detector for the offline {@code enrich} command, loaded on first use:
 * its models take seconds and hundreds of megabytes, which other subcommands should not pay.
 */
final class LazyLinguaGuesser implements LanguageGuesser {
  private LanguageDetector detector;

  @Override
  public synchronized LanguageGuess guess(String text) {
    if (detector == null) {
      detector = new LanguageDetector(LanguageDetector.Accuracy.HIGH);
    }
    Detection detection = detector.detect(text);
    return new LanguageGuess(detection.language(), detection.confidence());
  }
}
