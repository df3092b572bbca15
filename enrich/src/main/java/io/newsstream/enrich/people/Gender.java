package io.newsstream.enrich.people;

/** Grammatical gender of a name; UNKNOWN agrees with both. */
enum Gender {
  MALE, FEMALE, UNKNOWN;

  boolean agrees(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
