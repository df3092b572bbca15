package io.newsstream.language;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Kazakh in the 2021 Latin alphabet and in Arabic script (tote jazu), read back into Cyrillic. No
 * detector we have was trained on Kazakh in those scripts; the Cyrillic ones know it well. Both
 * alphabets are letter-for-letter, so the Cyrillic reading is close to how the text was written.
 */
final class KazakhScripts {
  /** The 2021 Latin alphabet, lower case. */
  private static final Map<Character, String> LATIN =
      Map.ofEntries(
          Map.entry('a', "а"), Map.entry('ä', "ә"), Map.entry('b', "б"), Map.entry('ç', "ч"),
          Map.entry('d', "д"), Map.entry('e', "е"), Map.entry('f', "ф"), Map.entry('g', "г"),
          Map.entry('ğ', "ғ"), Map.entry('h', "х"), Map.entry('ı', "і"), Map.entry('i', "и"),
          Map.entry('j', "ж"), Map.entry('k', "к"), Map.entry('l', "л"), Map.entry('m', "м"),
          Map.entry('n', "н"), Map.entry('ñ', "ң"), Map.entry('o', "о"), Map.entry('ö', "ө"),
          Map.entry('p', "п"), Map.entry('q', "қ"), Map.entry('r', "р"), Map.entry('s', "с"),
          Map.entry('ş', "ш"), Map.entry('t', "т"), Map.entry('u', "у"), Map.entry('ū', "ұ"),
          Map.entry('ü', "ү"), Map.entry('v', "в"), Map.entry('y', "ы"), Map.entry('z', "з"));

  /** Tote jazu; vowels as in back-vowel words, see {@link #FRONT}. */
  private static final Map<Character, String> ARABIC =
      Map.ofEntries(
          Map.entry('ا', "а"), Map.entry('ب', "б"), Map.entry('پ', "п"), Map.entry('ت', "т"),
          Map.entry('ج', "ж"), Map.entry('چ', "ч"), Map.entry('ح', "х"), Map.entry('د', "д"),
          Map.entry('ر', "р"), Map.entry('ز', "з"), Map.entry('س', "с"), Map.entry('ش', "ш"),
          Map.entry('ع', "ғ"), Map.entry('ف', "ф"), Map.entry('ق', "қ"), Map.entry('ك', "к"),
          Map.entry('ک', "к"), Map.entry('گ', "г"), Map.entry('ڭ', "ң"), Map.entry('ل', "л"),
          Map.entry('م', "м"), Map.entry('ن', "н"), Map.entry('ھ', "һ"), Map.entry('ە', "е"),
          Map.entry('و', "о"), Map.entry('ۇ', "ұ"), Map.entry('ۋ', "у"), Map.entry('ۆ', "в"),
          Map.entry('ى', "ы"), Map.entry('ي', "и"), Map.entry('ی', "и"), Map.entry('،', ","),
          Map.entry('؛', ";"), Map.entry('؟', "?"));

  /**
   * Tote jazu writes a front-vowel word with the back-vowel letters and marks it once: with a high
   * hamza (before the word, or after its first letter once NFKC has split ٵ, ٶ, ٷ, ٸ), or by a
   * letter that only front words have (е, к, г).
   */
  private static final Map<String, String> FRONT = Map.of("а", "ә", "о", "ө", "ұ", "ү", "ы", "і");

  private static final char HIGH_HAMZA = '\u0674';

  private KazakhScripts() {}

  /**
   * The Cyrillic reading of a sample that shows letters of Kazakh Latin or tote jazu; empty for any
   * other sample, which the detectors judge as it is.
   */
  static Optional<String> toCyrillic(String sample, Script script) {
    if (script == Script.LATIN && hasKazakhLatinLetters(sample)) {
      return Optional.of(fromLatin(sample));
    }
    if (script == Script.ARABIC) {
      String nfkc = Normalizer.normalize(sample, Normalizer.Form.NFKC);
      if (isToteJazu(nfkc)) {
        return Optional.of(fromArabic(nfkc));
      }
    }
    return Optional.empty();
  }

  /** ä, ñ and ū: Kazakh 2021 letters that neither English, Turkish nor Uzbek use. */
  private static boolean hasKazakhLatinLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      switch (Character.toLowerCase(s.charAt(i))) {
        case 'ä', 'ñ', 'ū' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * Letters of tote jazu that Arabic, Persian and Urdu do not have (the high hamza, ە, ۇ, ۋ, ڭ),
   * and none that only Uyghur has (ې, ۈ, and ئ before its initial vowels).
   */
  private static boolean isToteJazu(String s) {
    boolean kazakh = false;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case HIGH_HAMZA, 'ە', 'ۇ', 'ۋ', 'ڭ' -> kazakh = true;
        case 'ې', 'ۈ', 'ئ' -> {
          return false;
        }
        default -> {}
      }
    }
    return kazakh;
  }

  /** The Cyrillic reading of Kazakh in the 2021 Latin alphabet. */
  static String fromLatin(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // Java lower-cases I to i; in Kazakh 2021, I is the capital of ı (і), İ the capital of i (и).
      char lower = c == 'I' ? 'ı' : Character.toLowerCase(c);
      String cyrillic = LATIN.get(lower);
      if (cyrillic == null) {
        out.append(c);
      } else {
        out.append(c == lower ? cyrillic : cyrillic.toUpperCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** The Cyrillic reading of tote jazu in NFKC. */
  static String fromArabic(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end = i;
      while (end < s.length() && isToteJazuLetter(s.charAt(end))) {
        end++;
      }
      if (end == i) {
        String sign = ARABIC.get(s.charAt(i));
        out.append(sign == null ? String.valueOf(s.charAt(i)) : sign);
        i++;
      } else {
        appendWord(s.substring(i, end), out);
        i = end;
      }
    }
    return out.toString();
  }

  private static void appendWord(String word, StringBuilder out) {
    boolean front = word.indexOf(HIGH_HAMZA) >= 0 || word.indexOf('ە') >= 0 || word.indexOf('ك') >= 0
        || word.indexOf('ک') >= 0 || word.indexOf('گ') >= 0;
    for (int i = 0; i < word.length(); i++) {
      String letter = ARABIC.get(word.charAt(i));
      if (letter != null) {
        out.append(front ? FRONT.getOrDefault(letter, letter) : letter);
      }
    }
  }

  private static boolean isToteJazuLetter(char c) {
    return c == HIGH_HAMZA || (Character.isLetter(c) && Script.of(c) == Script.ARABIC);
  }
}
