package io.newsstream.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The regions the views know: {@code KZ} for the national level and the 20 ISO 3166-2:KZ codes of
 * the oblasts and the cities of republican status, with English names. The API lists every one,
 * with 0 sessions where the news have none yet, so a dashboard shows the whole country.
 *
 * <p>Why a list of its own and not enrich's gazetteer (regions.tsv), which has the same 20 codes:
 * the gazetteer offers no list, only a lookup by code after loading every city and district name
 * form, and its names are not these (no national "KZ" entry; "Astana", not "Astana (city)"). If it
 * ever exposes its regions cheaply, this list should go.
 */
public final class Regions {
  public static final String NATIONAL = "KZ";

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put(NATIONAL, "Kazakhstan (national)");
    NAMES.put("KZ-10", "Abai Region");
    NAMES.put("KZ-11", "Akmola Region");
    NAMES.put("KZ-15", "Aktobe Region");
    NAMES.put("KZ-19", "Almaty Region");
    NAMES.put("KZ-23", "Atyrau Region");
    NAMES.put("KZ-27", "West Kazakhstan Region");
    NAMES.put("KZ-31", "Zhambyl Region");
    NAMES.put("KZ-33", "Jetisu Region");
    NAMES.put("KZ-35", "Karaganda Region");
    NAMES.put("KZ-39", "Kostanay Region");
    NAMES.put("KZ-43", "Kyzylorda Region");
    NAMES.put("KZ-47", "Mangystau Region");
    NAMES.put("KZ-55", "Pavlodar Region");
    NAMES.put("KZ-59", "North Kazakhstan Region");
    NAMES.put("KZ-61", "Turkistan Region");
    NAMES.put("KZ-62", "Ulytau Region");
    NAMES.put("KZ-63", "East Kazakhstan Region");
    NAMES.put("KZ-71", "Astana (city)");
    NAMES.put("KZ-75", "Almaty (city)");
    NAMES.put("KZ-79", "Shymkent (city)");
  }

  private Regions() {}

  /** Code → English name, national first, then by code. */
  public static Map<String, String> all() {
    return java.util.Collections.unmodifiableMap(NAMES);
  }

  public static boolean isKnown(String code) {
    return NAMES.containsKey(code);
  }

  public static String name(String code) {
    return NAMES.getOrDefault(code, code);
  }
}
