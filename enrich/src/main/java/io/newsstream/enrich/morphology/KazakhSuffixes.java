package io.newsstream.enrich.morphology;

import java.util.Locale;
import java.util.Set;

/**
 * Kazakh case endings as they attach to a name ("Астана|да", "Назарбаев|тың", "Қонаев|қа"), with
 * every vowel-harmony and assimilation variant.
 */
public final class KazakhSuffixes {
  private static final Set<String> CASES =
      Set.of(
          // genitive, dative, accusative
          "ның", "нің", "дың", "дің", "тың", "тің",
          "ға", "ге", "қа", "ке", "на", "не",
          "ны", "ні", "ды", "ді", "ты", "ті",
          // locative, ablative, instrumental
          "да", "де", "та", "те", "нда", "нде",
          "дан", "ден", "тан", "тен", "нан", "нен", "ндан", "нден",
          "мен", "бен", "пен",
          // "the one in ...", and the adjective of a place
          "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
          "лық", "лік", "дық", "дік", "тық", "тік");

  private static final Set<String> LOCATIVES =
      Set.of("да", "де", "та", "те", "нда", "нде", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі");

  private KazakhSuffixes() {}

  /** Whether these letters are one Kazakh case ending. */
  public static boolean isCase(String ending) {
    return CASES.contains(ending);
  }

  /** Whether a word's ending (what follows the stem) says "in" or "at": "облысында", "Ақтауда". */
  public static boolean isLocative(String ending) {
    for (String locative : LOCATIVES) {
      if (ending.endsWith(locative)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word without a Kazakh case ending, if it has one and what remains is long enough to be a
   * name; else null. "Сұлтанғазиевтің" gives "Сұлтанғазиев".
   */
  public static String strip(String word) {
    for (int length = 5; length >= 2; length--) {
      String ending = word.substring(Math.max(0, word.length() - length)).toLowerCase(Locale.ROOT);
      if (word.length() - length >= 3 && CASES.contains(ending)) {
        return word.substring(0, word.length() - length);
      }
    }
    return null;
  }
}
