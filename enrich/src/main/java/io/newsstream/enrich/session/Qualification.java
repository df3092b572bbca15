package io.newsstream.enrich.session;

import io.newsstream.enrich.Level;
import io.newsstream.enrich.gazetteer.City;
import io.newsstream.enrich.gazetteer.District;
import io.newsstream.enrich.gazetteer.Place;
import io.newsstream.enrich.gazetteer.PlaceMention;
import io.newsstream.enrich.gazetteer.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * A session's level and place, and how firmly the text states them: an owner ("сессия АНК
 * Актюбинской области", strength 3) beats a level adjective ("областной", 2), which beats where it
 * sat ("в Актобе", 1); a session with none of these is the Assembly's own (national, 0).
 *
 * @param city where it sat, or null
 */
record Qualification(Level level, String region, String district, City city, int strength) {
  static final String NATIONAL = "KZ";
  private static final int OWNER = 3;
  private static final int ADJECTIVE = 2;
  private static final int LOCATION = 1;

  /**
   * Qualifies a phrase.
   *
   * @param sentencePlaces every place of the phrase's sentence (a district adjective's district may be
   *     named apart: "районной ассамблеи ... Карасайского района")
   * @param context ISO codes of the article's regions, the most telling first
   */
  static Qualification of(Owners owners, List<PlaceMention> locations, List<PlaceMention> sentencePlaces,
      LocalDate date, List<String> context) {
    City locatedIn = first(locations, City.class);
    District ownerDistrict = first(owners.places(), District.class);
    Region ownerRegion = first(owners.places(), Region.class);
    City ownerCity = first(owners.places(), City.class);
    if (ownerDistrict != null) {
      String region = ownerRegion != null ? ownerRegion.code() : ownerDistrict.regionOn(date, context);
      // "Алатауского района города Алматы": a district of a city of republican status lies in it
      City city = locatedIn == null && ownerCity != null && ownerCity.isRepublicanOn(date) ? ownerCity : locatedIn;
      return new Qualification(Level.DISTRICT, region, ownerDistrict.english(), city, OWNER);
    }
    if (ownerRegion != null) {
      return new Qualification(Level.REGIONAL, ownerRegion.code(), null, locatedIn, OWNER);
    }
    if (ownerCity != null) {
      return city(ownerCity, owners.generic(), locatedIn, date, OWNER);
    }
    if (owners.generic() != null) {
      return generic(owners.generic(), locations, sentencePlaces, locatedIn, date, context);
    }
    if (!locations.isEmpty()) {
      return located(locations.get(0).place(), locatedIn, date, context);
    }
    return new Qualification(Level.NATIONAL, NATIONAL, null, null, 0);
  }

  private static Qualification generic(Lexicon.Generic generic, List<PlaceMention> locations,
      List<PlaceMention> sentencePlaces, City locatedIn, LocalDate date, List<String> context) {
    if (generic == Lexicon.Generic.CITY && locatedIn != null) {
      return city(locatedIn, generic, locatedIn, date, ADJECTIVE);
    }
    String region = locations.isEmpty()
        ? context.stream().findFirst().orElse(null)
        : regionOf(locations.get(0).place(), date, context);
    if (generic == Lexicon.Generic.DISTRICT) {
      District district = first(sentencePlaces, District.class);
      return new Qualification(Level.DISTRICT, district == null ? region : district.regionOn(date, context),
          district == null ? null : district.english(), locatedIn, ADJECTIVE);
    }
    return new Qualification(Level.REGIONAL, region, null, locatedIn, ADJECTIVE);
  }

  /** Where it sat says whose it is: the capital's sessions are national, others regional. */
  private static Qualification located(Place place, City locatedIn, LocalDate date, List<String> context) {
    if (place instanceof City c) {
      return c.isCapitalOn(date)
          ? new Qualification(Level.NATIONAL, NATIONAL, null, c, LOCATION)
          : city(c, Lexicon.Generic.REGIONAL, c, date, LOCATION);
    }
    if (place instanceof District d) {
      return new Qualification(Level.DISTRICT, d.regionOn(date, context), d.english(), locatedIn, LOCATION);
    }
    return new Qualification(Level.REGIONAL, ((Region) place).code(), null, locatedIn, LOCATION);
  }

  /**
   * A city's own assembly: regional for a city of republican status, else a city of regional
   * subordination, which ranks with districts; a regional adjective makes it the region's.
   */
  private static Qualification city(City c, Lexicon.Generic generic, City locatedIn, LocalDate date, int strength) {
    City where = locatedIn != null ? locatedIn : c;
    if (c.isRepublicanOn(date) || generic == Lexicon.Generic.REGIONAL) {
      return new Qualification(Level.REGIONAL, c.regionOn(date), null, where, strength);
    }
    return new Qualification(Level.DISTRICT, c.regionOn(date), c.english(), where, strength);
  }

  static String regionOf(Place place, LocalDate date, List<String> context) {
    if (place instanceof City c) {
      return c.regionOn(date);
    }
    if (place instanceof District d) {
      return d.regionOn(date, context);
    }
    return ((Region) place).code();
  }

  private static <T extends Place> T first(List<PlaceMention> places, Class<T> type) {
    return places.stream().map(PlaceMention::place).filter(type::isInstance).map(type::cast).findFirst().orElse(null);
  }
}
