package io.newsstream.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The first opinion: Lingua, restricted to the languages Kazakhstan's news are written in and those
 * that share their script and could be mistaken for them. Thread-safe.
 */
final class LinguaOpinion {
  /** Kazakh and Russian, and the Cyrillic and Turkic neighbours a naive detector confuses them with. */
  private static final Language[] LANGUAGES = {
    Language.KAZAKH, Language.RUSSIAN, Language.ENGLISH, Language.UKRAINIAN, Language.BELARUSIAN,
    Language.MONGOLIAN, Language.BULGARIAN, Language.MACEDONIAN, Language.SERBIAN, Language.TURKISH
  };

  private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

  /** Loads the models now, so the first record does not wait for them. */
  LinguaOpinion(LanguageDetector.Accuracy accuracy) {
    LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(LANGUAGES).withPreloadedLanguageModels();
    if (accuracy == LanguageDetector.Accuracy.LOW) {
      builder = builder.withLowAccuracyMode();
    }
    lingua = builder.build();
  }

  Guess guess(String sample) {
    // Lingua scales its values so that the likeliest language has 1.0; what says how sure it is,
    // is how far the runner-up stays behind.
    Iterator<Map.Entry<Language, Double>> ranked =
        lingua.computeLanguageConfidenceValues(sample).entrySet().iterator();
    if (!ranked.hasNext()) {
      return Guess.UNDETERMINED;
    }
    Map.Entry<Language, Double> top = ranked.next();
    double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0.0;
    String code = top.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    return Guess.ranked(code, top.getValue(), runnerUp);
  }
}
