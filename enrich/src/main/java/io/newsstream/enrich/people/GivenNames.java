package io.newsstream.enrich.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Given names: a dictionary of Russian and Kazakh first names with their gender, and the Russian
 * case forms they take ("Нурсултана" is the genitive of "Нурсултан", "Гульнару" the accusative of
 * "Гульнара"). Names it does not know are read by their endings.
 */
final class GivenNames {
  /** A Russian case ending, the nominative ending it replaces, and the cases it marks. */
  private record Rule(String ending, String nominative, Set<Case> cases) {}

  private static final List<Rule> RULES =
      List.of(
          // consonant-final names: Марат, Марата, Марату, Маратом, Марате
          new Rule("а", "", EnumSet.of(Case.GENITIVE, Case.ACCUSATIVE)),
          new Rule("у", "", EnumSet.of(Case.DATIVE)),
          new Rule("ом", "", EnumSet.of(Case.INSTRUMENTAL)),
          new Rule("е", "", EnumSet.of(Case.PREPOSITIONAL)),
          // -й: Сергей, Сергея; Виталий, Виталии
          new Rule("я", "й", EnumSet.of(Case.GENITIVE, Case.ACCUSATIVE)),
          new Rule("ю", "й", EnumSet.of(Case.DATIVE)),
          new Rule("ем", "й", EnumSet.of(Case.INSTRUMENTAL)),
          new Rule("е", "й", EnumSet.of(Case.PREPOSITIONAL)),
          new Rule("и", "й", EnumSet.of(Case.PREPOSITIONAL)),
          // -ь: Игорь, Игоря
          new Rule("я", "ь", EnumSet.of(Case.GENITIVE, Case.ACCUSATIVE)),
          new Rule("ю", "ь", EnumSet.of(Case.DATIVE)),
          new Rule("ем", "ь", EnumSet.of(Case.INSTRUMENTAL)),
          new Rule("е", "ь", EnumSet.of(Case.PREPOSITIONAL)),
          // -а: Лариса, Ларисы, Ларисе, Ларису, Ларисой
          new Rule("ы", "а", EnumSet.of(Case.GENITIVE)),
          new Rule("и", "а", EnumSet.of(Case.GENITIVE)),
          new Rule("е", "а", EnumSet.of(Case.DATIVE, Case.PREPOSITIONAL)),
          new Rule("у", "а", EnumSet.of(Case.ACCUSATIVE)),
          new Rule("ой", "а", EnumSet.of(Case.INSTRUMENTAL)),
          new Rule("ою", "а", EnumSet.of(Case.INSTRUMENTAL)),
          // -я: Алия, Алии, Алию, Алией
          new Rule("и", "я", EnumSet.of(Case.GENITIVE, Case.DATIVE, Case.PREPOSITIONAL)),
          new Rule("ю", "я", EnumSet.of(Case.ACCUSATIVE)),
          new Rule("ей", "я", EnumSet.of(Case.INSTRUMENTAL)),
          new Rule("е", "я", EnumSet.of(Case.DATIVE, Case.PREPOSITIONAL)));

  /**
   * Endings of male Kazakh and Russian names: an unknown "Жансеита" is the genitive of "Жансеит",
   * an unknown "Гульзира" a woman's name in the nominative.
   */
  private static final List<String> MALE_ENDINGS =
      List.of("бек", "хан", "бай", "тай", "жан", "лан", "ан", "ын", "ен", "ат", "ет", "ит", "ыт", "ут",
          "ұт", "ік", "ық", "ек", "ақ", "ол", "ыл", "ил", "ур", "ұр", "ыр", "ір", "ос", "ас", "ес", "ым");

  private static final String VOWELS = "аяеёиоуыэюәіөүұ";

  private final Map<String, Gender> genders;

  private GivenNames(Map<String, Gender> genders) {
    this.genders = Map.copyOf(genders);
  }

  static GivenNames load() {
    Map<String, Gender> genders = new HashMap<>();
    try (InputStream in = GivenNames.class.getResourceAsStream("first-names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource first-names.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cells = line.split("\t");
          Gender gender = switch (cells[1].strip()) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
          };
          genders.put(cells[0].strip().toLowerCase(Locale.ROOT), gender);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read first-names.tsv", e);
    }
    return new GivenNames(genders);
  }

  /** Whether the word is a known first name in some case form. */
  boolean isKnown(String word) {
    return !known(word).isEmpty();
  }

  /**
   * The ways to read a word as a given name. In a Kazakh sentence a given name before a surname does
   * not decline, so only its nominative reading counts.
   */
  List<Reading> readings(String word, boolean kazakh) {
    List<Reading> readings = known(word);
    if (kazakh) {
      List<Reading> asWritten = readings.stream().filter(r -> r.nominative().equals(word)).toList();
      return asWritten.isEmpty()
          ? List.of(new Reading(word, Gender.UNKNOWN, Case.NOMINATIVE_ONLY, false, false))
          : asWritten;
    }
    return readings.isEmpty() ? unknown(word) : readings;
  }

  private List<Reading> known(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<Reading> readings = new ArrayList<>();
    Gender gender = genders.get(lower);
    if (gender != null) {
      boolean indeclinable = gender != Gender.MALE && endsInConsonant(lower);
      readings.add(new Reading(word, gender, indeclinable ? Case.ALL : Case.NOMINATIVE_ONLY, true, false));
    }
    for (Rule rule : RULES) {
      if (lower.endsWith(rule.ending()) && lower.length() > rule.ending().length() + 1) {
        String nominative = word.substring(0, word.length() - rule.ending().length()) + rule.nominative();
        Gender g = genders.get(nominative.toLowerCase(Locale.ROOT));
        boolean declines = g == Gender.MALE || !endsInConsonant(nominative.toLowerCase(Locale.ROOT));
        if (g != null && declines) {
          readings.add(new Reading(nominative, g, rule.cases(), true, false));
        }
      }
    }
    return readings;
  }

  private static List<Reading> unknown(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String stem = lower.length() > 3 ? lower.substring(0, lower.length() - 1) : "";
    Reading asWritten = new Reading(word, Gender.UNKNOWN, Case.NOMINATIVE_ONLY, false, false);
    if (lower.endsWith("а") || lower.endsWith("у")) {
      // Decide, for the genitive of a man's name and the nominative of a woman's look alike.
      if (!isMaleStem(stem)) {
        return List.of(asWritten);
      }
      Set<Case> cases = lower.endsWith("а") ? EnumSet.of(Case.GENITIVE, Case.ACCUSATIVE) : EnumSet.of(Case.DATIVE);
      return List.of(new Reading(word.substring(0, word.length() - 1), Gender.MALE, cases, false, false));
    }
    if (lower.endsWith("ом") && isMaleStem(lower.substring(0, lower.length() - 2))) {
      return List.of(new Reading(word.substring(0, word.length() - 2), Gender.MALE,
          EnumSet.of(Case.INSTRUMENTAL), false, false));
    }
    return List.of(asWritten);
  }

  private static boolean isMaleStem(String stem) {
    return stem.length() >= 3 && endsInConsonant(stem) && MALE_ENDINGS.stream().anyMatch(stem::endsWith);
  }

  private static boolean endsInConsonant(String lower) {
    return VOWELS.indexOf(lower.charAt(lower.length() - 1)) < 0 && !lower.endsWith("й");
  }
}
