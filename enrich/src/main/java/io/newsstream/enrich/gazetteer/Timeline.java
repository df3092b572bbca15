package io.newsstream.enrich.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A value that changed on known dates: a city's region, a city's name. Written as
 * {@code "KZ-19<2022-06-08;KZ-33"}: each value holds until its date (exclusive), the last one since.
 */
public final class Timeline {
  private record Period(String value, LocalDate until) {}

  private final List<Period> periods;

  private Timeline(List<Period> periods) {
    this.periods = List.copyOf(periods);
  }

  /** Reads the written form. */
  public static Timeline parse(String text) {
    List<Period> periods = new ArrayList<>();
    for (String part : text.split(";")) {
      int lt = part.indexOf('<');
      periods.add(lt < 0
          ? new Period(part.strip(), null)
          : new Period(part.substring(0, lt).strip(), LocalDate.parse(part.substring(lt + 1).strip())));
    }
    return new Timeline(periods);
  }

  /** The value on a date; today's value when the date is unknown (null). */
  public String on(LocalDate date) {
    if (date != null) {
      for (Period p : periods) {
        if (p.until() != null && date.isBefore(p.until())) {
          return p.value();
        }
      }
    }
    return periods.get(periods.size() - 1).value();
  }
}
