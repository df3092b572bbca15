package io.newsstream.enrich.gazetteer;

/** A region, a city or a district. */
public sealed interface Place permits Region, City, District {
  /** The English name by which the place is reported: "Almaty Region", "Taldykorgan", "Karasay". */
  String english();
}
