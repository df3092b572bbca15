package io.newsstream.enrich.morphology;

/**
 * Whether a word is a case form of a name, in Russian or Kazakh: "Талдыкоргане" and "Талдықорғанда"
 * of their bases, "Астаны" of "астана", "Южной" of "южная". Works on lower-case text.
 */
public final class NameForms {
  private NameForms() {}

  /**
   * The ending that turns the base into the word ("" for the base itself), or null when the word is
   * no form of the base.
   */
  public static String ending(String word, String base) {
    if (word.equals(base)) {
      return "";
    }
    if (word.startsWith(base)) {
      String rest = word.substring(base.length());
      if (KazakhSuffixes.isCase(rest) || endsInConsonant(base) && RussianEndings.isNoun(rest)) {
        return rest;
      }
    }
    if (RussianEndings.isAdjectiveBase(base)) {
      return adjectiveEnding(word, base.substring(0, base.length() - 2));
    }
    char last = base.charAt(base.length() - 1);
    if ("аяйь".indexOf(last) >= 0) {
      String stem = base.substring(0, base.length() - 1);
      if (word.startsWith(stem) && RussianEndings.isNoun(word.substring(stem.length()))) {
        return word.substring(stem.length());
      }
    }
    return null;
  }

  /** The adjective ending after a stem ("алматинск" + "ой"), or null. */
  public static String adjectiveEnding(String word, String stem) {
    if (word.length() > stem.length() && word.startsWith(stem)) {
      String rest = word.substring(stem.length());
      return RussianEndings.isAdjective(rest) ? rest : null;
    }
    return null;
  }

  private static boolean endsInConsonant(String base) {
    return "аяйьеёиоуыэюәіөүұ".indexOf(base.charAt(base.length() - 1)) < 0;
  }
}
