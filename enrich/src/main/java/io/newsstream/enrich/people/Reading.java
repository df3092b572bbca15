package io.newsstream.enrich.people;

import java.util.Set;

/**
 * One way to read a word of a name.
 *
 * @param nominative the word in the nominative
 * @param gender the gender this reading implies
 * @param cases the cases the written form can be in
 * @param known whether a dictionary (of first names) or a surname suffix backs the reading
 * @param kazakh whether a Kazakh case suffix was read off (then the given name stays nominative)
 */
record Reading(String nominative, Gender gender, Set<Case> cases, boolean known, boolean kazakh) {}
