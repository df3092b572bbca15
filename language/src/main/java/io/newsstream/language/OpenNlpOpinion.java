package io.newsstream.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * The second opinion: Apache OpenNLP's language-detection model (103 languages, trained on the
 * Leipzig corpora), which knows the Turkic neighbours Lingua lacks: Kyrgyz, Tatar, Bashkir, Uzbek.
 * It knows Kazakh only in Cyrillic. Thread-safe.
 */
final class OpenNlpOpinion {
  /** The model file inside org.apache.opennlp:opennlp-models-langdetect. */
  private static final String MODEL = "/langdetect-183.bin";

  /** ISO 639-3 codes, which the model answers in, to ISO 639-1 where one exists. */
  private static final Map<String, String> ISO_639_1 = iso639_1();

  private final ThreadSafeLanguageDetectorME detector;

  /** Loads the model (about 10 MB) now, so the first record does not wait for it. */
  OpenNlpOpinion() {
    try (InputStream in = OpenNlpOpinion.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is not on the classpath (org.apache.opennlp:opennlp-models-langdetect)");
      }
      detector = new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    }
  }

  Guess guess(String sample) {
    opennlp.tools.langdetect.Language[] ranked = detector.predictLanguages(sample);
    if (ranked.length == 0) {
      return Guess.UNDETERMINED;
    }
    double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0.0;
    return Guess.ranked(toIso639_1(ranked[0].getLang()), ranked[0].getConfidence(), runnerUp);
  }

  static String toIso639_1(String iso639_3) {
    return ISO_639_1.getOrDefault(iso639_3, iso639_3);
  }

  private static Map<String, String> iso639_1() {
    Map<String, String> codes = new HashMap<>();
    for (String twoLetters : Locale.getISOLanguages()) {
      codes.put(Locale.forLanguageTag(twoLetters).getISO3Language(), twoLetters);
    }
    return Map.copyOf(codes);
  }
}
