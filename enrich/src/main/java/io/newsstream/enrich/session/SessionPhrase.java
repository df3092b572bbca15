package io.newsstream.enrich.session;

import io.newsstream.enrich.gazetteer.PlaceMention;
import io.newsstream.enrich.numerals.Numeral;
import io.newsstream.enrich.tokens.Sentence;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A numbered session in a sentence ("ХХІ сессия Ассамблеи ... Актюбинской области", "ҚХА-ның
 * ХХХ сессиясы"), with what the sentence says about it: whose it is, where it sits, whether the
 * sentence reports it (a verb of taking place, someone taking part) or refers to it (its
 * instructions, its results, "last year's").
 */
final class SessionPhrase {
  /** How far a verb may stand from the session it binds. */
  private static final int VERB_REACH = 8;
  private static final int KAZAKH_VERB_REACH = 12;
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
  final boolean reported;
  final boolean takenPartIn;
  final boolean referredTo;

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
    int low = others.stream().filter(o -> o < word).mapToInt(o -> o + 1).max().orElse(0);
    int high = others.stream().filter(o -> o > word).mapToInt(o -> o - 1).min().orElse(s.size() - 1);
    Lexicon.Form form = Lexicon.sessionWord(s.lower(word));
    this.owners = s.isKazakh() ? Owners.before(s, places, numeralFirst - 1) : Owners.after(s, places, word + 1);
    this.reported = s.isKazakh() ? kazakhVerb(s, form, high) : russianVerb(s, form, low, high);
    this.takenPartIn = s.isKazakh()
        ? any(s, word + 1, Math.min(high, word + 4), Lexicon::isParticipation)
        : any(s, Math.max(low, numeralFirst - 4), numeralFirst - 1, Lexicon::isParticipation);
    this.referredTo = cue(s, Math.max(low, numeralFirst - CUE_REACH_BEFORE), numeralFirst - 1)
        || cue(s, word + 1, Math.min(high, word + CUE_REACH_AFTER));
    this.locations = places.stream()
        .filter(p -> !owners.places().contains(p) && Owners.isLocative(s, p))
        .filter(p -> reported || takenPartIn || belongsToPhrase(s, p))
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

  /** "прошла ХХV сессия", "сессия ... прошла", "провела сессию", "сессии, которая открылась". */
  private boolean russianVerb(Sentence s, Lexicon.Form form, int low, int high) {
    int from = Math.max(low, numeralFirst - VERB_REACH);
    int to = Math.min(high, word + VERB_REACH);
    if (form == Lexicon.Form.NOMINATIVE && any(s, from, to, Lexicon::isEventVerb)) {
      return true;
    }
    if (form == Lexicon.Form.ACCUSATIVE && any(s, from, to, Lexicon::isHoldingVerb)) {
      return true;
    }
    int comma = owners.end() + 1;
    return s.lower(comma).equals(",") && RELATIVE_PRONOUNS.contains(s.lower(comma + 1))
        && any(s, comma + 2, Math.min(high, comma + 4), Lexicon::isEventVerb);
  }

  /** "ХХVІІ сессиясы өтті" (the verb ends the clause), "сессиясын өткізді"; not "атап өтті" (noted). */
  private boolean kazakhVerb(Sentence s, Lexicon.Form form, int high) {
    int to = Math.min(high, word + KAZAKH_VERB_REACH);
    for (int k = word + 1; k <= to; k++) {
      String lower = s.lower(k);
      boolean event = form == Lexicon.Form.NOMINATIVE && Lexicon.isEventVerb(lower) && !s.lower(k - 1).equals("атап");
      boolean holding = form == Lexicon.Form.ACCUSATIVE && Lexicon.isHoldingVerb(lower);
      if (event || holding) {
        return true;
      }
    }
    return false;
  }

  private static boolean cue(Sentence s, int from, int to) {
    for (int k = Math.max(0, from); k <= to && k < s.size(); k++) {
      if (Lexicon.isReferenceCue(s, k)) {
        return true;
      }
    }
    return false;
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
