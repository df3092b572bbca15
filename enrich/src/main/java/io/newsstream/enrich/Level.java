package io.newsstream.enrich;

/**
 * Level of an Assembly session: the Assembly of People of Kazakhstan itself, a regional assembly
 * (an oblast or a city of republican status), or a district assembly (a district, or a city of
 * regional subordination).
 */
public enum Level {
  NATIONAL, REGIONAL, DISTRICT
}
