package io.newsstream.enrich.people;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Puts a given name and a surname into the nominative together: the two must agree in gender and
 * case, which is what tells "Ерлана Сапарова" (a man, genitive) from "Динара Сапарова" (a woman,
 * nominative). A pair that cannot agree ("Рабиям Токтаровой": a given name read as nominative, a
 * surname that cannot be) is not read as a name at all.
 */
final class FullNames {
  private final GivenNames given;

  FullNames(GivenNames given) {
    this.given = given;
  }

  /** "Given Surname" in the nominative, or null when the two words do not read as one name. */
  String nominative(String givenWord, String surnameWord, boolean kazakh) {
    String best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Reading g : given.readings(givenWord, kazakh)) {
      for (Reading s : Surnames.readings(surnameWord, kazakh)) {
        Set<Case> shared = shared(g, s);
        if (!g.gender().agrees(s.gender()) || shared.isEmpty()) {
          continue;
        }
        int score = (g.known() ? 4 : 0) + (s.known() ? 2 : 0)
            + (shared.contains(Case.NOMINATIVE) ? 1 : 0) + (g.nominative().equals(givenWord) ? 1 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = g.nominative() + " " + s.nominative();
        }
      }
    }
    return best;
  }

  /** The cases both words can be in; a Kazakh case suffix on the surname wants the given name plain. */
  private static Set<Case> shared(Reading g, Reading s) {
    if (s.kazakh()) {
      return g.cases().contains(Case.NOMINATIVE) ? EnumSet.of(Case.NOMINATIVE) : Collections.emptySet();
    }
    Set<Case> shared = EnumSet.noneOf(Case.class);
    shared.addAll(g.cases());
    shared.retainAll(s.cases());
    return shared;
  }
}
