package io.newsstream.enrich.session;

import io.newsstream.enrich.gazetteer.PlaceMention;
import io.newsstream.enrich.numerals.Numeral;
import io.newsstream.enrich.tokens.Sentence;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A numbered session in a sentence ("ХХІ сессия Ассамблеи ... Актюбинской области", "ҚХА-ның
 * ХХХ сессиясы"), with the evidence the sentence gives about it: whose it is, where it sits, whether
 * the sentence reports it (a verb of taking place), someone takes part in it, something is done at
 * it ("на XXV сессии ... предложил"), a photo report comes from it, or the sentence marks it as past
 * ("поручений, данных на", "өткен жылғы") or names its outcome ("поручения", "тапсырмалар").
 */
final class SessionPhrase {
  /** How far a verb may stand from the session it binds. */
  private static final int VERB_REACH = 8;
  private static final int KAZAKH_VERB_REACH = 12;
  /** "..., сказал Глава государства, председатель АНК Нурсултан Назарбаев в ходе XXII сессии". */
  private static final int ACTION_REACH = 12;
  /** "сессиясының мерейтойлық отырысына алғаш рет қатысып": an interview's phrasing runs long. */
  private static final int KAZAKH_PARTICIPATION_REACH = 7;
  private static final int CUE_REACH_BEFORE = 5;
  private static final int CUE_REACH_AFTER = 4;
  /** How far after a Russian owner phrase a place still belongs to it: "сессии АНК в городе Нур-Султане". */
  private static final int LOCATION_REACH = 8;

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("которая", "который", "которое", "которой");
  private static final Set<String> KAZAKH_PARTICIPLES = Set.of("өткен", "өтетін", "болған", "болатын", "өткізілген");

  final Sentence sentence;
  final int number;
  final boolean spelled;
  final int numeralFirst;
  final int word;
  final Owners owners;
  final List<PlaceMention> locations;
  private final List<PlaceMention> places;
  final boolean reported;
  /** The verb that reports it says it is going on or has just begun ("проходит", "басталды"). */
  final boolean live;
  final boolean takenPartIn;
  final boolean actedAt;
  final boolean pastMark;
  final boolean outcome;

  /**
   * Reads the phrase of the session word at {@code word} numbered by {@code numeral}.
   *
   * @param others indices of the sentence's other session words, which bound this phrase's reach
   */
  SessionPhrase(Sentence s, Numeral numeral, int word, List<PlaceMention> places, List<Integer> others) {
    this.sentence = s;
    this.number = numeral.value();
    this.spelled = numeral.spelled();
    this.numeralFirst = numeral.first();
    this.word = word;
    this.places = places;
    int low = others.stream().filter(o -> o < word).mapToInt(o -> o + 1).max().orElse(0);
    int high = others.stream().filter(o -> o > word).mapToInt(o -> o - 1).min().orElse(s.size() - 1);
    Lexicon.Form form = Lexicon.sessionWord(s.lower(word));
    this.owners = s.isKazakh() ? Owners.before(s, places, numeralFirst - 1) : Owners.after(s, places, word + 1);
    int verb = s.isKazakh() ? kazakhVerb(s, form, high) : russianVerb(s, form, low, high);
    this.reported = verb >= 0;
    this.takenPartIn = s.isKazakh() ? kazakhParticipation(s, high) : russianParticipation(s, low, high)
        || reportFrom(s, low, high);
    // "проходит", "басталды", "өтіп жатыр", "қатысып отырмын": the report comes from it, on the day
    this.live = verb >= 0 && (Lexicon.isLiveVerb(s.lower(verb)) || Lexicon.isProgressive(s.lower(verb + 1)))
        || takenPartIn && any(s, word + 1, Math.min(high, word + KAZAKH_PARTICIPATION_REACH + 1), Lexicon::isProgressive);
    this.actedAt = form == Lexicon.Form.OBLIQUE && (s.isKazakh() ? kazakhAction(s, word, high) : russianAction(s, low, high));
    this.pastMark = cue(s, Math.max(low, numeralFirst - CUE_REACH_BEFORE), numeralFirst - 1, Lexicon::isPastCue)
        || cue(s, word + 1, Math.min(high, word + CUE_REACH_AFTER), Lexicon::isPastCue);
    this.outcome = cue(s, Math.max(low, numeralFirst - CUE_REACH_BEFORE), numeralFirst - 1, Lexicon::isOutcomeCue)
        || cue(s, word + 1, Math.min(high, word + CUE_REACH_AFTER), Lexicon::isOutcomeCue);
    this.locations = places.stream()
        .filter(p -> !owners.places().contains(p) && Owners.isLocative(s, p))
        .filter(p -> reported || takenPartIn || actedAt || belongsToPhrase(s, p))
        .toList();
  }

  /** A place that says where this session sat even when the sentence only refers to it. */
  private boolean belongsToPhrase(Sentence s, PlaceMention p) {
    if (!s.isKazakh()) {
      return p.first() > owners.end() && p.first() <= owners.end() + LOCATION_REACH;
    }
    // "Астанада өткен ХХХІІ сессиясында": a participle joins the place to the session
    return p.last() < numeralFirst && p.last() >= numeralFirst - LOCATION_REACH
        && any(s, p.last() + 1, numeralFirst - 1, KAZAKH_PARTICIPLES::contains);
  }

  /**
   * The verb that reports the session, or -1: "прошла ХХV сессия", "сессия ... прошла", "провела
   * сессию", "сессии, которая открылась", "заседание XXV сессии прошло" (the session carried by a head noun).
   */
  private int russianVerb(Sentence s, Lexicon.Form form, int low, int high) {
    int from = Math.max(low, numeralFirst - VERB_REACH);
    int to = Math.min(high, word + VERB_REACH);
    boolean headed = form == Lexicon.Form.OBLIQUE && Lexicon.isHeadNoun(s.lower(numeralFirst - 1));
    int event = form == Lexicon.Form.NOMINATIVE || headed ? first(s, from, to, Lexicon::isEventVerb) : -1;
    if (event >= 0) {
      return event;
    }
    if (form == Lexicon.Form.ACCUSATIVE || headed) { // "открыл заседание XXXIII сессии"
      int holding = first(s, from, to, Lexicon::isHoldingVerb);
      if (holding >= 0) {
        return holding;
      }
    }
    int comma = owners.end() + 1;
    return s.lower(comma).equals(",") && RELATIVE_PRONOUNS.contains(s.lower(comma + 1))
        ? first(s, comma + 2, Math.min(high, comma + 4), Lexicon::isEventVerb) : -1;
  }

  /**
   * The verb that reports the session, or -1: "ХХVІІ сессиясы өтті" (the verb ends the clause),
   * "сессиясын өткізді", "сессиясы өтіп жатыр", "сессиясының пленарлық отырысы басталды",
   * "Көкшетауда өткен ... XXVIII сессиясы"; not "атап өтті" (noted).
   */
  private int kazakhVerb(Sentence s, Lexicon.Form form, int high) {
    boolean subject = form == Lexicon.Form.NOMINATIVE || form == Lexicon.Form.OBLIQUE
        && (Lexicon.isHeadNoun(s.lower(word + 1)) || Lexicon.isHeadNoun(s.lower(word + 2)));
    int to = Math.min(high, word + KAZAKH_VERB_REACH);
    for (int k = word + 1; k <= to; k++) {
      String lower = s.lower(k);
      boolean progressive = Lexicon.isGoingOn(lower) && Lexicon.isProgressive(s.lower(k + 1));
      boolean event = subject && (Lexicon.isEventVerb(lower) || progressive) && !s.lower(k - 1).equals("атап");
      boolean holding = form == Lexicon.Form.ACCUSATIVE && Lexicon.isHoldingVerb(lower);
      if (event || holding) {
        return k;
      }
    }
    // "елордада өтіп жатқан ҚХА-ның XXIX сессиясында": being held now, whatever the case
    int before = owners.start() - 1;
    if (Lexicon.isProgressive(s.lower(before)) && Lexicon.isGoingOn(s.lower(before - 1))) {
      return before;
    }
    // "Көкшетауда өткен Ақмола облыстық ... XXVIII сессиясы": held there, the sentence is about it
    boolean held = Lexicon.isHeldParticiple(s.lower(before))
        || Lexicon.isProgressive(s.lower(before)) && Lexicon.isHeldParticiple(s.lower(before - 1));
    boolean placed = places.stream().anyMatch(p -> p.last() < before && p.last() >= before - 3 && Owners.isLocative(s, p));
    return form == Lexicon.Form.NOMINATIVE && held && placed ? before : -1;
  }

  /** "выступил на XXV сессии", "в XXII сессии ... принимают участие". */
  private boolean russianParticipation(Sentence s, int low, int high) {
    if (any(s, Math.max(low, numeralFirst - 4), numeralFirst - 1, Lexicon::isParticipation)) {
      return true;
    }
    String before = s.lower(numeralFirst - 1);
    return (before.equals("в") || before.equals("во"))
        && any(s, owners.end() + 1, Math.min(high, owners.end() + 4), "участие"::equals);
  }

  /** "сессиясының отырысына алғаш рет қатысып отырмын", "Тоқаевтың қатысуымен ҚХА-ның XXXII сессиясы". */
  private boolean kazakhParticipation(Sentence s, int high) {
    return any(s, word + 1, Math.min(high, word + KAZAKH_PARTICIPATION_REACH), Lexicon::isParticipation)
        || any(s, owners.start() - 3, owners.start() - 1, Lexicon::isParticipation);
  }

  /** "Фоторепортаж с XXVII сессии", "сессиясынан фотосәттер": pictures taken at it. */
  private boolean reportFrom(Sentence s, int low, int high) {
    return s.isKazakh()
        ? any(s, word + 1, Math.min(high, word + 3), Lexicon::isReportNoun)
        : any(s, Math.max(low, numeralFirst - 3), numeralFirst - 1, Lexicon::isReportNoun);
  }

  /**
   * Something done at the session by someone: "На XXV сессии ... Глава государства выступил",
   * "сказал ... в ходе XXII сессии". The session word must follow a preposition of place or time.
   */
  private boolean russianAction(Sentence s, int low, int high) {
    int k = numeralFirst - 1;
    while (k >= 0 && Lexicon.isFiller(s.lower(k))) {
      k--;
    }
    if (!Lexicon.isAtPreposition(s.lower(k))) {
      return false;
    }
    return any(s, Math.max(low, numeralFirst - ACTION_REACH), Math.min(high, owners.end() + VERB_REACH), Lexicon::isAction);
  }

  /** "ҚХА-ның XXIX сессиясында айтты": a locative session word and a verb of saying or doing after it. */
  private static boolean kazakhAction(Sentence s, int word, int high) {
    String lower = s.lower(word);
    boolean locative = lower.endsWith("да") || lower.endsWith("де") || lower.endsWith("нда");
    return locative && any(s, word + 1, Math.min(high, word + KAZAKH_VERB_REACH), Lexicon::isAction);
  }

  private static boolean cue(Sentence s, int from, int to, CuePredicate test) {
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (test.at(s, k)) {
        return true;
      }
    }
    return false;
  }

  private interface CuePredicate {
    boolean at(Sentence s, int k);
  }

  private static int first(Sentence s, int from, int to, Predicate<String> test) {
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (test.test(s.lower(k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean any(Sentence s, int from, int to, Predicate<String> test) {
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (test.test(s.lower(k))) {
        return true;
      }
    }
    return false;
  }
}
