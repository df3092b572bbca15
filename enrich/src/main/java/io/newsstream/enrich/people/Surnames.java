package io.newsstream.enrich.people;

import io.newsstream.enrich.morphology.KazakhSuffixes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surnames in their case forms: Russian-style surnames decline by suffix ("Назарбаева" is a man's
 * genitive or a woman's nominative), Kazakh adds case suffixes ("Сұлтанғазиевтің"), and surnames
 * without a surname suffix ("Байтұрсын", "Ли", "Ким") decline for men and not for women.
 */
final class Surnames {
  private static final Pattern OV = Pattern.compile("(.{2,}(?:ов|ев|ёв|ин|ын))(|а|у|ым|ой|е)");
  private static final Pattern SKY = Pattern.compile("(.{2,}(?:ск|цк))(ий|ого|ому|им|ом|ая|ой|ую)");
  private static final Pattern INDECLINABLE = Pattern.compile(".{2,}(?:енко|ко|их|ых|ұлы|улы|қызы|кызы)");
  private static final Pattern SUFFIXED =
      Pattern.compile(".{2,}(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ұлы|улы|қызы|кызы|ский|цкий|ская|цкая|енко)");
  private static final Pattern PATRONYMIC =
      Pattern.compile(".{2,}(?:(?:ович|евич|ич)(?:|а|у|ем|е)|(?:овн|евн|ичн)(?:а|ы|е|у|ой))");

  private static final Map<String, Set<Case>> MALE_OV =
      Map.of("", Case.NOMINATIVE_ONLY, "а", EnumSet.of(Case.GENITIVE, Case.ACCUSATIVE),
          "у", EnumSet.of(Case.DATIVE), "ым", EnumSet.of(Case.INSTRUMENTAL), "е", EnumSet.of(Case.PREPOSITIONAL));
  private static final Map<String, Set<Case>> FEMALE_OV =
      Map.of("а", Case.NOMINATIVE_ONLY, "у", EnumSet.of(Case.ACCUSATIVE),
          "ой", EnumSet.of(Case.GENITIVE, Case.DATIVE, Case.INSTRUMENTAL, Case.PREPOSITIONAL));
  private static final Map<String, Set<Case>> MALE_SKY =
      Map.of("ий", Case.NOMINATIVE_ONLY, "ого", EnumSet.of(Case.GENITIVE, Case.ACCUSATIVE),
          "ому", EnumSet.of(Case.DATIVE), "им", EnumSet.of(Case.INSTRUMENTAL), "ом", EnumSet.of(Case.PREPOSITIONAL));
  private static final Map<String, Set<Case>> FEMALE_SKY =
      Map.of("ая", Case.NOMINATIVE_ONLY, "ую", EnumSet.of(Case.ACCUSATIVE),
          "ой", EnumSet.of(Case.GENITIVE, Case.DATIVE, Case.INSTRUMENTAL, Case.PREPOSITIONAL));

  /** A case ending of a man's surname without suffix, and the nominative ending it replaces. */
  private record Oblique(String ending, String nominative, Set<Case> cases) {}

  private static final List<Oblique> MALE_OBLIQUE =
      List.of(
          new Oblique("а", "", EnumSet.of(Case.GENITIVE, Case.ACCUSATIVE)),
          new Oblique("у", "", EnumSet.of(Case.DATIVE)),
          new Oblique("ом", "", EnumSet.of(Case.INSTRUMENTAL)),
          new Oblique("я", "й", EnumSet.of(Case.GENITIVE, Case.ACCUSATIVE)),
          new Oblique("ю", "й", EnumSet.of(Case.DATIVE)),
          new Oblique("ем", "й", EnumSet.of(Case.INSTRUMENTAL)));

  private static final String VOWELS = "аяеёиоуыэюәіөүұ";

  private Surnames() {}

  /** Whether the word has a surname suffix in some case form: "-ов", "-ева", "-ұлы", "-ская"... */
  static boolean hasSuffix(String word, boolean kazakh) {
    return readings(word, kazakh).stream().anyMatch(Reading::known);
  }

  /** Whether the word is a patronymic: "Юзефовича", "Александровны". */
  static boolean isPatronymic(String word) {
    return PATRONYMIC.matcher(word.toLowerCase(Locale.ROOT)).matches();
  }

  /** The ways to read a word as a surname. */
  static List<Reading> readings(String word, boolean kazakh) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<Reading> readings = new ArrayList<>();
    String stripped = KazakhSuffixes.strip(word);
    if (stripped != null && (kazakh || SUFFIXED.matcher(stripped.toLowerCase(Locale.ROOT)).matches())) {
      boolean suffixed = SUFFIXED.matcher(stripped.toLowerCase(Locale.ROOT)).matches();
      readings.add(new Reading(stripped, genderOf(stripped), Case.NOMINATIVE_ONLY, suffixed, true));
    }
    if (declines(word, lower, readings, OV, MALE_OV, FEMALE_OV, "", "а")
        || declines(word, lower, readings, SKY, MALE_SKY, FEMALE_SKY, "ий", "ая")) {
      return kazakh ? nominativeOnly(readings) : readings;
    }
    if (INDECLINABLE.matcher(lower).matches()) {
      readings.add(new Reading(word, genderOf(word), Case.ALL, true, false));
    } else if (VOWELS.indexOf(lower.charAt(lower.length() - 1)) >= 0) {
      Set<Case> cases = lower.endsWith("а") ? Case.NOMINATIVE_ONLY : Case.ALL; // "Ли" never declines
      readings.add(new Reading(word, Gender.UNKNOWN, cases, false, false));
    } else {
      // No suffix: a woman's surname does not decline, a man's does (Байтұрсын, Байтұрсына).
      readings.add(new Reading(word, Gender.FEMALE, Case.ALL, false, false));
      readings.add(new Reading(word, Gender.MALE, Case.NOMINATIVE_ONLY, false, false));
    }
    if (!kazakh) {
      maleOblique(word, lower, readings);
    }
    return readings;
  }

  private static boolean declines(String word, String lower, List<Reading> readings, Pattern pattern,
      Map<String, Set<Case>> male, Map<String, Set<Case>> female, String maleEnd, String femaleEnd) {
    Matcher m = pattern.matcher(lower);
    if (!m.matches()) {
      return false;
    }
    String stem = word.substring(0, m.end(1));
    String ending = m.group(2);
    if (male.containsKey(ending)) {
      readings.add(new Reading(stem + maleEnd, Gender.MALE, male.get(ending), true, false));
    }
    if (female.containsKey(ending)) {
      readings.add(new Reading(stem + femaleEnd, Gender.FEMALE, female.get(ending), true, false));
    }
    return true;
  }

  /** A man's surname without a suffix in an oblique case: "Байтұрсына", "Тлеубая". */
  private static void maleOblique(String word, String lower, List<Reading> readings) {
    for (Oblique o : MALE_OBLIQUE) {
      String stem = lower.substring(0, Math.max(0, lower.length() - o.ending().length()));
      if (lower.endsWith(o.ending()) && stem.length() >= 3 && VOWELS.indexOf(stem.charAt(stem.length() - 1)) < 0) {
        readings.add(new Reading(word.substring(0, stem.length()) + o.nominative(), Gender.MALE, o.cases(), false, false));
      }
    }
  }

  private static List<Reading> nominativeOnly(List<Reading> readings) {
    return readings.stream().filter(r -> r.kazakh() || r.cases().contains(Case.NOMINATIVE)).toList();
  }

  private static Gender genderOf(String surname) {
    String lower = surname.toLowerCase(Locale.ROOT);
    if (lower.matches(".*(?:ова|ева|ёва|ина|ына|ская|цкая|қызы|кызы)")) {
      return Gender.FEMALE;
    }
    if (lower.matches(".*(?:ов|ев|ёв|ин|ын|ский|цкий|ұлы|улы)")) {
      return Gender.MALE;
    }
    return Gender.UNKNOWN;
  }
}
