package io.newsstream.enrich.gazetteer;

import java.time.LocalDate;
import java.util.Set;

/**
 * A city, with the region it belonged to and the name it bore over time.
 *
 * @param english today's English name: "Astana" also for the years it was called Nur-Sultan
 * @param regions the ISO code of its unit over time; its own code while of republican status
 * @param names its English name over time
 * @param capital "yes" while it was the capital, else "no"
 */
public record City(String english, Timeline regions, Timeline names, Timeline capital) implements Place {
  private static final Set<String> REPUBLICAN = Set.of("KZ-71", "KZ-75", "KZ-79");

  /** The region's ISO code on a date (today's when the date is null). */
  public String regionOn(LocalDate date) {
    return regions.on(date);
  }

  /** The English name the city bore on a date: "Nur-Sultan" between 2019-03-23 and 2022-09-16. */
  public String nameOn(LocalDate date) {
    return names.on(date);
  }

  /** Whether the city was a unit of its own (a city of republican status) on a date. */
  public boolean isRepublicanOn(LocalDate date) {
    return REPUBLICAN.contains(regionOn(date));
  }

  /** Whether this was the capital on a date (today when null), where national sessions sit. */
  public boolean isCapitalOn(LocalDate date) {
    return "yes".equals(capital.on(date));
  }
}
