package io.newsstream.enrich.people;

import java.util.EnumSet;
import java.util.Set;

/** Russian grammatical cases. */
enum Case {
  NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL;

  static final Set<Case> ALL = EnumSet.allOf(Case.class);
  static final Set<Case> NOMINATIVE_ONLY = EnumSet.of(NOMINATIVE);
}
