package io.newsstream.streams.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells the language of a news text with Lingua, restricted to the languages that Kazakhstan's news
 * are written in or that share their script and could be mistaken for them. Build one per process
 * and share it: the models take seconds and hundreds of MB to load; detection is thread-safe.
 */
public final class LanguageDetector {
  /** ISO 639-2 "undetermined": too short or too unclear to tell. */
  public static final String UNDETERMINED = "und";

  /** Texts with fewer letters are too short to tell. */
  public static final int MIN_LETTERS = 20;

  /** Below this distance between the two likeliest languages, the text is too unclear to tell. */
  public static final double MIN_CONFIDENCE = 0.05;

  /** The first paragraphs tell the language; reading whole long articles costs time, not accuracy. */
  public static final int MAX_SAMPLE_CHARS = 2_000;

  /** Kazakh and Russian, and the Cyrillic and Turkic neighbours a naive detector confuses them with. */
  private static final Language[] LANGUAGES = {
    Language.KAZAKH, Language.RUSSIAN, Language.ENGLISH, Language.UKRAINIAN, Language.BELARUSIAN,
    Language.MONGOLIAN, Language.BULGARIAN, Language.MACEDONIAN, Language.SERBIAN, Language.TURKISH
  };

  /**
   * How much of Lingua's models to load. Lingua 1.2 judges texts longer than 120 characters by
   * trigrams in both modes, so the modes differ only on shorter texts (titles, briefs).
   */
  public enum Accuracy {
    /** All n-gram models: best on short texts; measured ~1.8 s to load and ~260 MB of heap. */
    HIGH,
    /** Trigrams only: measured ~0.4 s to load and ~17 MB of heap. */
    LOW
  }

  private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

  /** Builds the detector and loads its models now, so the first record does not wait for them. */
  public LanguageDetector(Accuracy accuracy) {
    LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(LANGUAGES).withPreloadedLanguageModels();
    if (accuracy == Accuracy.LOW) {
      builder = builder.withLowAccuracyMode();
    }
    lingua = builder.build();
  }

  /** The language of a text: an ISO 639-1 code and the confidence, or {@link #UNDETERMINED}. */
  public Detection detect(String text) {
    String sample = sample(text);
    if (letters(sample) < MIN_LETTERS) {
      return Detection.UNDETERMINED;
    }
    // Lingua scales its values so that the likeliest language has 1.0; what says how sure it is,
    // is how far the runner-up stays behind.
    SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues(sample);
    Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().iterator();
    if (!ranked.hasNext()) {
      return Detection.UNDETERMINED;
    }
    Map.Entry<Language, Double> top = ranked.next();
    double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0.0;
    double confidence = top.getValue() - runnerUp;
    if (confidence < MIN_CONFIDENCE) {
      return Detection.UNDETERMINED;
    }
    return new Detection(top.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT), confidence);
  }

  /** The text up to {@link #MAX_SAMPLE_CHARS}, cut at the last paragraph break, else the last space. */
  static String sample(String text) {
    if (text.length() <= MAX_SAMPLE_CHARS) {
      return text;
    }
    String head = text.substring(0, MAX_SAMPLE_CHARS);
    int cut = head.lastIndexOf("\n\n");
    if (cut < MAX_SAMPLE_CHARS / 2) {
      cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
    }
    return cut > 0 ? head.substring(0, cut) : head;
  }

  private static int letters(String text) {
    return (int) text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count();
  }
}
