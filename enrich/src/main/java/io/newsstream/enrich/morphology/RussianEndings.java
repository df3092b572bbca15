package io.newsstream.enrich.morphology;

import java.util.Set;

/** Russian case endings of nouns and adjectives, as they follow a stem. */
public final class RussianEndings {
  private static final Set<String> NOUN =
      Set.of("а", "я", "у", "ю", "ом", "ем", "ём", "е", "и", "ы", "ой", "ей", "ою", "ею", "ью");

  private static final Set<String> ADJECTIVE =
      Set.of(
          "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "им", "ым", "ом", "ем",
          "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими", "ою", "ею");

  private static final Set<String> NOMINATIVE_ADJECTIVE = Set.of("ий", "ый", "ой", "ая", "яя", "ое", "ее");

  private RussianEndings() {}

  /** Whether these letters end a case form of a noun. */
  public static boolean isNoun(String ending) {
    return NOUN.contains(ending);
  }

  /** Whether these letters end a case form of an adjective. */
  public static boolean isAdjective(String ending) {
    return ADJECTIVE.contains(ending);
  }

  /** Whether a base form is an adjective ("южная", "рудный"), so it declines as one. */
  public static boolean isAdjectiveBase(String base) {
    return base.length() > 3 && NOMINATIVE_ADJECTIVE.contains(base.substring(base.length() - 2));
  }
}
