package io.newsstream.enrich.session;

import io.newsstream.enrich.Level;
import io.newsstream.enrich.SessionInfo;
import io.newsstream.enrich.SessionMentionInfo;
import io.newsstream.enrich.dates.Dates;
import io.newsstream.enrich.gazetteer.City;
import io.newsstream.enrich.gazetteer.PlaceMention;
import io.newsstream.enrich.numerals.Numeral;
import io.newsstream.enrich.numerals.Numerals;
import io.newsstream.enrich.tokens.Article;
import io.newsstream.enrich.tokens.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads the Assembly sessions of an article and decides which one it reports on. Stateless.
 *
 * <p>The subject is decided by weighing the evidence each numbered session phrase gives (the
 * weights are explained in the module's README): bound to a verb of taking place +3, someone taking
 * part in it or a photo report from it +2, something done at it ("на XXV сессии ... предложил") +2,
 * in the title +2, in the lead +1, its number named again elsewhere +1; marked as past ("данных на",
 * "берген", "прошлой") -4, its outcome named ("поручения", "тапсырмалар") -2. The best phrase with
 * some evidence of being reported (a verb, taking part, an action, the title) scoring 2 or more is
 * the subject, unless the date it states lies long before the publication (a look back, not a
 * report). Roman numerals and digits, the official numbering, outrank ordinal words ("первая сессия
 * в новом составе"). The subject's other phrases (same number, not marked as past, no other owner)
 * are the subject again; the rest are mentions.
 */
public final class Sessions {
  private static final int MIN_SUBJECT_SCORE = 2;
  static final int REPORTED = 3;
  static final int TAKEN_PART_IN = 2;
  static final int ACTED_AT = 2;
  static final int IN_TITLE = 2;
  static final int IN_LEAD = 1;
  static final int NAMED_AGAIN = 1;
  static final int PAST = -4;
  static final int OUTCOME = -2;
  private static final int OFFICIAL_NUMBER_BONUS = 3;
  /** A session held longer ago than this before the publication is history, not news. */
  private static final int REPORT_DAYS = 31;
  /** Filler words allowed between a numeral and "сессия". */
  private static final int MAX_FILLERS = 2;

  private Sessions() {}

  /**
   * The session an article reports on and the ones it refers to.
   *
   * @param places the places of each sentence, by sentence index
   * @param reference the publication date, or null
   */
  public static SessionReport read(Article article, List<List<PlaceMention>> places, LocalDate reference) {
    List<SessionPhrase> phrases = phrases(article, places);
    Map<SessionPhrase, LocalDate> stated = new HashMap<>();
    phrases.forEach(p -> stated.put(p, Dates.near(p.sentence, p.word, reference)));
    Map<SessionPhrase, Integer> ranks = new HashMap<>();
    phrases.forEach(p -> ranks.put(p, rank(phrases, article, p)));
    SessionPhrase subject = phrases.stream()
        .filter(p -> isCandidate(phrases, article, p) && !isHistory(stated.get(p), reference))
        .max(Comparator.comparingInt((SessionPhrase p) -> ranks.get(p))
            .thenComparing(p -> -phrases.indexOf(p)))
        .orElse(null);
    List<SessionPhrase> group = subject == null ? List.of()
        : phrases.stream().filter(p -> p == subject || isSubjectAgain(phrases, article, p, subject)).toList();
    SessionInfo info = subject == null ? null : describe(article, places, subject, group, stated, reference);
    Set<SessionMentionInfo> mentioned = new LinkedHashSet<>();
    for (SessionPhrase p : phrases) {
      if (!group.contains(p)) {
        LocalDate asOf = stated.get(p) != null ? stated.get(p) : reference;
        Qualification q = qualify(p, places, asOf, contextRegions(article, places, asOf));
        mentioned.add(new SessionMentionInfo(p.number, q.level(), q.region()));
      }
    }
    if (info != null) {
      mentioned.remove(new SessionMentionInfo(info.number(), info.level(), info.region()));
    }
    return new SessionReport(info, List.copyOf(mentioned));
  }

  private static SessionInfo describe(Article article, List<List<PlaceMention>> places, SessionPhrase subject,
      List<SessionPhrase> group, Map<SessionPhrase, LocalDate> stated, LocalDate reference) {
    LocalDate date = group.stream().map(stated::get).filter(Objects::nonNull).findFirst().orElse(null);
    if (date == null && reference != null && group.stream().anyMatch(p -> p.live)) {
      date = reference; // "проходит", "басталды", "қатысып отырмын": a report from it, on the day
    }
    if (date == null) {
      date = unnumberedDate(article, subject.number, reference);
    }
    LocalDate asOf = date != null ? date : reference;
    List<String> context = contextRegions(article, places, asOf);
    Qualification best = null;
    City city = null;
    for (SessionPhrase p : group) {
      Qualification q = qualify(p, places, asOf, context);
      if (best == null || q.strength() > best.strength()) {
        best = q;
      }
      if (city == null) {
        city = q.city(); // the title may say where, the lead whose: "В Актобе прошла ХХІ сессия"
      }
    }
    if (best.strength() == 0) {
      best = headlineOwner(article, places, asOf, context);
    }
    if (city == null && best.level() != Level.DISTRICT) {
      city = headlineCity(article, places, best, asOf);
    }
    return new SessionInfo(subject.number, best.level(), best.region(), best.district(),
        city == null ? null : city.english(), date);
  }

  /**
   * When no phrase of the subject says whose it is, the title and lead may, about the assembly
   * rather than the session: "Ассамблея ВКО подвела итоги", "облыстық ассамблея".
   */
  private static Qualification headlineOwner(Article article, List<List<PlaceMention>> places,
      LocalDate date, List<String> context) {
    for (Sentence s : article.sentences()) {
      if (!article.isHeadline(s)) {
        continue;
      }
      List<PlaceMention> sentencePlaces = places.get(s.index());
      for (int k = 0; k < s.size(); k++) {
        if (Body.of(s, k) == Body.ASSEMBLY) {
          Owners owners = s.isKazakh()
              ? Owners.before(s, sentencePlaces, k - 1)
              : Owners.after(s, sentencePlaces, k + 1);
          if (!owners.places().isEmpty() || owners.generic() != null) {
            return Qualification.of(owners, List.of(), sentencePlaces, date, context);
          }
        }
      }
    }
    return Qualification.of(new Owners(List.of(), null, 0, -1), List.of(), List.of(), date, context);
  }

  /**
   * Where the session sat when its own phrases do not say: a city the title or lead puts things in
   * ("Қызылордада ... сессиясы өтті") or a dateline names ("Костанай, 22 ноября"), if it lies in the
   * session's region (the capital, for a national session).
   */
  private static City headlineCity(Article article, List<List<PlaceMention>> places, Qualification q, LocalDate date) {
    for (Sentence s : article.sentences()) {
      if (!article.isHeadline(s)) {
        continue;
      }
      for (PlaceMention p : places.get(s.index())) {
        boolean dateline = p.first() == 0 && !s.isTitle() && Set.of(",", ".", "—").contains(s.lower(p.last() + 1));
        if (p.place() instanceof City c && (dateline || Owners.isLocative(s, p))
            && (q.level() == Level.NATIONAL ? c.isCapitalOn(date) : c.regionOn(date).equals(q.region()))) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * The date a sentence gives the Assembly's session named without its number ("в предстоящей
   * сессии Ассамблеи народа Казахстана, которая пройдет 18 апреля"): the subject's, when its own
   * phrases state none and the sentence numbers no other session and marks it as no past one.
   */
  private static LocalDate unnumberedDate(Article article, int number, LocalDate reference) {
    for (Sentence s : article.sentences()) {
      if (IntStream.range(0, s.size()).noneMatch(k -> Lexicon.sessionWord(s.lower(k)) != null)) {
        continue; // most sentences: no numerals to read
      }
      List<Numeral> numerals = Numerals.find(s);
      for (int k = 0; k < s.size(); k++) {
        if (Lexicon.sessionWord(s.lower(k)) == null || numeralBefore(s, numerals, k) != null
            || Body.near(s, k, k) != Body.ASSEMBLY || numbersAnother(s, numerals, number) || pastNear(s, k)) {
          continue;
        }
        LocalDate date = Dates.near(s, k, reference);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static boolean numbersAnother(Sentence s, List<Numeral> numerals, int number) {
    return IntStream.range(0, s.size()).anyMatch(w -> {
      Numeral n = Lexicon.sessionWord(s.lower(w)) == null ? null : numeralBefore(s, numerals, w);
      return n != null && n.value() != number;
    });
  }

  private static boolean pastNear(Sentence s, int k) {
    return IntStream.rangeClosed(Math.max(0, k - 5), Math.min(s.size() - 1, k + 4)).anyMatch(j -> Lexicon.isPastCue(s, j));
  }

  private static Qualification qualify(SessionPhrase p, List<List<PlaceMention>> places, LocalDate date,
      List<String> context) {
    return Qualification.of(p.owners, p.locations, places.get(p.sentence.index()), date, context);
  }

  private static List<SessionPhrase> phrases(Article article, List<List<PlaceMention>> places) {
    boolean namesAssembly = article.sentences().stream()
        .anyMatch(s -> IntStream.range(0, s.size()).anyMatch(k -> Body.of(s, k) == Body.ASSEMBLY));
    List<SessionPhrase> phrases = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Integer> words = new ArrayList<>();
      for (int k = 0; k < s.size(); k++) {
        if (Lexicon.sessionWord(s.lower(k)) != null) {
          words.add(k);
        }
      }
      List<Numeral> numerals = Numerals.find(s);
      for (int word : words) {
        Numeral numeral = numeralBefore(s, numerals, word);
        if (numeral == null) {
          continue; // a session without a number cannot be told apart from others
        }
        Body body = Body.near(s, numeral.first(), word);
        boolean assembly = body == Body.ASSEMBLY || body == Body.UNKNOWN && namesAssembly && !namesOtherBody(s);
        if (assembly) {
          List<Integer> others = words.stream().filter(w -> w != word).toList();
          phrases.add(new SessionPhrase(s, numeral, word, places.get(s.index()), others));
        }
      }
    }
    return phrases;
  }

  /** The numeral before a session word, or written onto it. */
  private static Numeral numeralBefore(Sentence s, List<Numeral> numerals, int word) {
    int attached = Lexicon.attachedNumber(s.lower(word));
    if (attached > 0) {
      return new Numeral(attached, word, word, false);
    }
    int k = word - 1;
    while (k >= 0 && word - 1 - k < MAX_FILLERS && Lexicon.isFiller(s.lower(k))) {
      k--;
    }
    int last = k;
    return numerals.stream().filter(n -> n.last() == last).findFirst().orElse(null);
  }

  private static boolean namesOtherBody(Sentence s) {
    return IntStream.range(0, s.size()).anyMatch(k -> Body.of(s, k) == Body.OTHER);
  }

  private static boolean isCandidate(List<SessionPhrase> phrases, Article article, SessionPhrase p) {
    return (p.reported || p.takenPartIn || p.actedAt || p.sentence.isTitle())
        && score(phrases, article, p) >= MIN_SUBJECT_SCORE;
  }

  private static boolean isHistory(LocalDate stated, LocalDate reference) {
    return stated != null && reference != null && stated.isBefore(reference.minusDays(REPORT_DAYS));
  }

  /** The evidence that a phrase names the session the article reports on. */
  static int score(List<SessionPhrase> phrases, Article article, SessionPhrase p) {
    // the title repeated as the first line of the text is not the session named again
    boolean namedAgain = phrases.stream().anyMatch(o -> o != p && o.number == p.number && !o.pastMark
        && !sameWords(o.sentence, p.sentence));
    return (p.reported ? REPORTED : 0) + (p.takenPartIn ? TAKEN_PART_IN : 0) + (p.actedAt ? ACTED_AT : 0)
        + (p.sentence.isTitle() ? IN_TITLE : 0) + (article.isHeadline(p.sentence) ? IN_LEAD : 0)
        + (namedAgain ? NAMED_AGAIN : 0) + (p.pastMark ? PAST : 0) + (p.outcome ? OUTCOME : 0);
  }

  private static boolean sameWords(Sentence a, Sentence b) {
    return a.size() == b.size() && IntStream.range(0, a.size()).allMatch(k -> a.lower(k).equals(b.lower(k)));
  }

  private static int rank(List<SessionPhrase> phrases, Article article, SessionPhrase p) {
    return score(phrases, article, p) + (p.spelled ? 0 : OFFICIAL_NUMBER_BONUS);
  }

  /**
   * The subject named again: its number, not marked as past and owned by no other place (its
   * instructions discussed, "28 июня на XXVII сессии ... обсудили"); or a reported ordinal in words
   * beside the official number ("первая сессия в новом составе" of the XXX).
   */
  private static boolean isSubjectAgain(List<SessionPhrase> phrases, Article article, SessionPhrase p,
      SessionPhrase subject) {
    boolean candidate = isCandidate(phrases, article, p);
    if (p.number != subject.number) {
      return candidate && p.spelled && !subject.spelled;
    }
    return candidate || isUnqualified(p) || !p.pastMark && sameOwner(p, subject);
  }

  /** Whether two phrases name no owning places that differ. */
  private static boolean sameOwner(SessionPhrase a, SessionPhrase b) {
    List<Object> ownersA = a.owners.places().stream().map(PlaceMention::place).map(Object.class::cast).toList();
    List<Object> ownersB = b.owners.places().stream().map(PlaceMention::place).map(Object.class::cast).toList();
    return ownersA.isEmpty() || ownersB.isEmpty() || ownersA.equals(ownersB);
  }

  /** A phrase that says nothing of whose it is or where. */
  private static boolean isUnqualified(SessionPhrase p) {
    return p.owners.places().isEmpty() && p.owners.generic() == null && p.locations.isEmpty();
  }

  /** The article's regions: those of the title and lead first, then the others by how often named. */
  private static List<String> contextRegions(Article article, List<List<PlaceMention>> places, LocalDate date) {
    Map<String, Integer> rank = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : article.sentences()) {
      for (PlaceMention p : places.get(s.index())) {
        String region = Qualification.regionOf(p.place(), date, List.of());
        counts.merge(region, 1, Integer::sum);
        if (article.isHeadline(s)) {
          rank.putIfAbsent(region, rank.size());
        }
      }
    }
    List<String> regions = new ArrayList<>(counts.keySet());
    regions.sort(Comparator.comparingInt((String r) -> rank.getOrDefault(r, Integer.MAX_VALUE))
        .thenComparing(r -> -counts.get(r)));
    return regions;
  }
}
