package io.newsstream.enrich.gazetteer;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * The word that says what kind of place a name is: "область"/"облысы", "город"/"қаласы",
 * "район"/"ауданы", in every case form, and their adjectives ("областной", "облыстық").
 */
enum Designator {
  REGION(Map.of("област", "\\p{L}*", "облыс", "\\p{L}*", "обл", "")),
  CITY(Map.of("город", "|а|е|у|ом|ск\\p{L}*", "г", "", "қала", "|сы\\p{L}*|лық|да|ның|ға|дағы|дан",
      "шаһар", "|ы\\p{L}*|да|дағы|дың|ға|дан")),
  DISTRICT(Map.of("район", "\\p{L}*", "аудан", "\\p{L}*", "р-н", ""));

  /** Stem, and the endings that may follow it. */
  private final Map<String, Pattern> stems;

  Designator(Map<String, String> stems) {
    this.stems = stems.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Pattern.compile(e.getValue())));
  }

  /** The kind a lower-case word designates, or null. */
  static Designator of(String lower) {
    for (Designator d : values()) {
      if (d.ending(lower) != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The case ending after the designator's stem ("ында" of "облысында"); null if the word is not of
   * this kind. A hyphenated word ("облысы-республикадағы") counts by its first part.
   */
  String ending(String lower) {
    for (Map.Entry<String, Pattern> stem : stems.entrySet()) {
      if (lower.startsWith(stem.getKey())) {
        String rest = lower.substring(stem.getKey().length());
        if (stem.getValue().matcher(rest).matches()) {
          return rest;
        }
      }
    }
    int hyphen = lower.indexOf('-');
    return hyphen > 0 && !lower.equals("р-н") ? ending(lower.substring(0, hyphen)) : null;
  }
}
