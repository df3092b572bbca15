package io.newsstream.language;

import io.newsstream.text.KazakhScripts;
import io.newsstream.text.TextMeasure;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the language and script of a news text, and the share of each language when paragraphs
 * differ (Kazakh articles quote Russian, and the other way round). Build one per process and share
 * it: the models take seconds and hundreds of MB to load; detection is thread-safe.
 *
 * <p>How: the paragraphs are put in {@link ParagraphGroup groups} that look alike (same script, same
 * use of letters outside its basic alphabet), and a bounded sample of each group is detected. Lingua
 * decides first; when it is unsure, or names Kazakh or Mongolian, which the Turkic neighbours it
 * does not know are taken for, OpenNLP decides among Kazakh, Mongolian and those neighbours (Kyrgyz,
 * Tatar, Bashkir, Uzbek). Kazakh in Latin or Arabic script is read back into Cyrillic first. The
 * article's language is the one with the largest share of letters.
 */
public final class LanguageDetector {
  /** ISO 639-2 "undetermined": too short or too unclear to tell. */
  public static final String UNDETERMINED = "und";

  /** Groups of paragraphs with fewer letters are too short to tell. */
  public static final int MIN_LETTERS = TextMeasure.FEWEST_LETTERS_FOR_LANGUAGE;

  /** Below this distance between the two likeliest languages, a text is too unclear to tell. */
  public static final double MIN_CONFIDENCE = 0.05;

  /**
   * Below this distance Lingua is unsure, and the second opinion is asked. On languages Lingua does
   * not know (Kyrgyz, Tatar, Bashkir, Uzbek) its distance stays near 0.1; on those it knows it is
   * mostly 0.2 to 1.
   */
  static final double SURE = 0.15;

  /** How much of a text is grouped into paragraphs: the shares describe at most this much of it. */
  static final int MAX_TEXT_CHARS = 10_000;

  /**
   * How much of each group is detected: two or three sentences tell the language of paragraphs
   * that look alike; reading more costs time (about 1 µs per character of Cyrillic), not accuracy.
   */
  static final int MAX_SAMPLE_CHARS = 200;

  /**
   * Lingua's answers that call for the second opinion even when Lingua is sure: Kyrgyz, Tatar and
   * Bashkir come out as kk, Kyrgyz as mn, and short Kazakh as mn (Lingua's letter rules, which see
   * ө and ү but no letter only Kazakh has, leave Mongolian alone, at distance 1).
   */
  private static final Set<String> LOOKALIKES = Set.of("kk", "mn");

  /**
   * Lingua's sure kk needs no second opinion when the sample has both қ and і: of the Cyrillic
   * languages here only Kazakh writes both (Uzbek and Karakalpak write қ without і, Ukrainian and
   * Belarusian і without қ; Kyrgyz, Tatar, Bashkir and Mongolian neither). Most Kazakh paragraphs
   * have both within 200 characters, so they skip OpenNLP, half the cost of detecting them.
   */
  private static boolean surelyKazakh(Guess guess, String sample) {
    return guess.language().equals("kk")
        && (sample.indexOf('қ') >= 0 || sample.indexOf('Қ') >= 0)
        && (sample.indexOf('і') >= 0 || sample.indexOf('І') >= 0);
  }

  /** What the second opinion may decide: Kazakh, Mongolian and the Turkic neighbours. */
  private static final Set<String> SECOND_OPINION_LANGUAGES = Set.of("kk", "mn", "ky", "tt", "ba", "uz");

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

  private final LinguaOpinion lingua;
  private final OpenNlpOpinion openNlp;

  /** Builds the detector and loads its models now, so the first record does not wait for them. */
  public LanguageDetector(Accuracy accuracy) {
    lingua = new LinguaOpinion(accuracy);
    openNlp = new OpenNlpOpinion();
  }

  /** The language, script and language shares of a text. */
  public Detection detect(String text) {
    List<ParagraphGroup> groups = ParagraphGroup.of(text, MAX_TEXT_CHARS);
    Map<String, Double> letters = new HashMap<>();
    Map<String, Double> weightedConfidence = new HashMap<>();
    Map<Script, Integer> scripts = new EnumMap<>(Script.class);
    for (ParagraphGroup group : groups) {
      if (group.script() != null) {
        scripts.merge(group.script(), group.letters(), Integer::sum);
      }
      Guess guess = guess(group);
      if (!guess.isUndetermined()) {
        letters.merge(guess.language(), (double) group.letters(), Double::sum);
        weightedConfidence.merge(guess.language(), guess.confidence() * group.letters(), Double::sum);
      }
    }
    String script = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey().code()).orElse(null);
    Optional<Map.Entry<String, Double>> dominant = letters.entrySet().stream().max(Map.Entry.comparingByValue());
    if (dominant.isEmpty()) {
      return Detection.undetermined(script);
    }
    String language = dominant.get().getKey();
    double total = letters.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> shares = new HashMap<>();
    letters.forEach((lang, n) -> shares.put(lang, n / total));
    return new Detection(language, weightedConfidence.get(language) / letters.get(language), script, shares);
  }

  private Guess guess(ParagraphGroup group) {
    if (group.script() == null || group.letters() < MIN_LETTERS) {
      return Guess.UNDETERMINED;
    }
    String sample = group.sample(MAX_SAMPLE_CHARS);
    Optional<String> cyrillic =
        group.script() == Script.CYRILLIC ? Optional.empty() : KazakhScripts.kazakhInCyrillic(sample);
    if (cyrillic.isPresent()) {
      // Only a Kazakh verdict counts: the reading back is Kazakh's alphabet, not another language's.
      Guess read = guess(cyrillic.get());
      if (read.language().equals("kk")) {
        return read;
      }
    }
    // Arabic script: besides tote jazu, none of our detectors' languages is written in it.
    return group.script() == Script.ARABIC ? Guess.UNDETERMINED : guess(sample);
  }

  private Guess guess(String sample) {
    Guess first = lingua.guess(sample);
    if (first.confidence() < SURE || (LOOKALIKES.contains(first.language()) && !surelyKazakh(first, sample))) {
      Guess second = openNlp.guess(sample);
      if (SECOND_OPINION_LANGUAGES.contains(second.language()) && second.confidence() >= MIN_CONFIDENCE) {
        return second;
      }
    }
    return first.confidence() < MIN_CONFIDENCE ? Guess.UNDETERMINED : first;
  }
}
