package io.newsstream.enrich.gazetteer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A district name. Some names belong to districts of several regions (Zhambyl district lies in
 * Almaty, Zhambyl and North Kazakhstan regions); each such district is one seat.
 *
 * @param english "Karasay", "Bukhar-Zhyrau"
 * @param seats the region history of each district of this name
 */
public record District(String english, List<Timeline> seats) implements Place {

  /**
   * The region of the district on a date: the seat whose region the article also names, else the
   * first seat.
   *
   * @param date the date, or null for today
   * @param named ISO codes of regions named elsewhere in the article
   */
  public String regionOn(LocalDate date, Collection<String> named) {
    for (Timeline seat : seats) {
      if (named.contains(seat.on(date))) {
        return seat.on(date);
      }
    }
    return seats.get(0).on(date);
  }
}
