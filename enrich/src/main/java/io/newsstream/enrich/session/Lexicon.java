package io.newsstream.enrich.session;

import io.newsstream.enrich.morphology.KazakhSuffixes;
import io.newsstream.enrich.tokens.Sentence;
import io.newsstream.enrich.tokens.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words the session reader looks for, in Russian and Kazakh. */
final class Lexicon {
  /** How a session word stands in its sentence. */
  enum Form { NOMINATIVE, ACCUSATIVE, OBLIQUE }

  private static final Set<String> RUSSIAN_OBLIQUE = Set.of("сессии", "сессией", "сессиею");

  /** Words that may stand between a numeral and "сессия": "ХХV внеочередная сессия", "кезекті". */
  private static final List<String> FILLERS =
      List.of("очередн", "внеочередн", "юбилейн", "отчетн", "отчётн", "расширенн", "выездн", "итогов",
          "торжественн", "пленарн", "заключительн", "традиционн", "кезекті", "кезектен", "тыс",
          "мерейтойлық", "есепті", "көшпелі");

  /** Verbs whose subject is the session: it takes place, opens, starts. */
  private static final Set<String> EVENT_VERBS =
      Set.of("прошла", "прошел", "прошёл", "прошло", "проходит", "проходила", "пройдет", "пройдёт",
          "состоялась", "состоялось", "состоится", "открылась", "открывается", "откроется", "стартовала",
          "стартует", "стартовало", "стартовал", "началась", "началось", "начала", "начинается", "начнется",
          "начнётся", "завершилась", "завершилось", "завершила", "завершается", "продолжается", "продолжила",
          "работает", "проводится", "проведена", "собралась", "идет", "идёт",
          "өтті", "өтуде", "өтеді", "өтпек", "өткізілді", "басталды", "ашылды", "жалғасты", "жалғасуда",
          "аяқталды", "болды", "болады");

  /**
   * Event verbs that say the session is going on or has just begun: a report from it, dated the day
   * it is published when it states no date of its own.
   */
  private static final Set<String> LIVE_VERBS =
      Set.of("проходит", "стартует", "стартовало", "стартовал", "стартовала", "началась", "началось", "начала",
          "открылась", "продолжается", "работает", "идет", "идёт", "өтуде", "өтіп", "жүріп", "басталды", "ашылды",
          "жалғасуда");

  /** Nouns that carry a session in the genitive as the subject: "заседание XXV сессии прошло", "сессиясының отырысы". */
  private static final Set<String> HEAD_NOUNS =
      Set.of("заседание", "заседания", "работа", "отырысы", "жұмысы");

  /** Kazakh auxiliaries of the progressive: "өтіп жатыр", "қатысып отырмын". */
  private static final Set<String> PROGRESSIVE = Set.of("жатыр", "жатқан", "отыр", "отырмын", "отырмыз", "жатқанда");

  /** Kazakh participles that put a session before its place: "Көкшетауда өткен ... сессиясы". */
  private static final Set<String> HELD_PARTICIPLES = Set.of("өткен", "өтетін", "өтіп", "жатқан");

  /**
   * Verbs of something done at a session, by someone else than the session: "на XXV сессии Глава
   * государства предложил", "сессиясында айтты". A finite verb: the session hosts it now.
   */
  private static final Set<String> ACTIONS =
      Set.of("сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "подчеркнул", "подчеркнула",
          "предложил", "предложила", "озвучил", "озвучила", "объявил", "объявила", "поручил", "поручила",
          "призвал", "призвала", "вручил", "вручила", "наградил", "наградила", "избран", "избрана", "избраны",
          "проголосовал", "проголосовали", "обсудили", "обсуждают", "рассмотрели", "поделился", "поделилась",
          "передал", "передала", "сообщил", "сообщила", "произнес", "произнёс", "произнесла",
          "айтты", "деді", "мәлімдеді", "ұсынды", "жариялады", "тапсырды", "марапатталды", "сайланды",
          "талқыланды", "қаралды", "тоқталды", "атап", "жеткізді", "білдірді");

  /** Words before "сессия" that put a Russian session in the prepositional as a place of events: "на", "в ходе". */
  private static final Set<String> AT_PREPOSITIONS = Set.of("на", "в", "во", "ходе", "время", "рамках");

  /** Photo and video reports from a session: "Фоторепортаж с XXVII сессии", "сессиясынан фотосәттер". */
  private static final List<String> REPORT_NOUNS =
      List.of("фоторепортаж", "фотоотчет", "фотоотчёт", "видеорепортаж", "репортаж", "фотосәт", "фотошолу", "фотоесеп");

  /** Verbs whose object is the session: the assembly holds it, someone opens it. */
  private static final Set<String> HOLDING_VERBS =
      Set.of("провела", "провел", "провёл", "проведет", "проведёт", "провели", "открыл", "открыла", "открыли",
          "өткізді", "өткізеді", "ашты");

  /** Taking part in the session reported: "принял участие в", "выступая на", "сессиясына қатысты". */
  private static final Set<String> PARTICIPATION =
      Set.of("участие", "выступил", "выступила", "выступили", "выступая", "выступление", "қатысты",
          "қатысып", "қатысуда", "қатысады", "қатыстым", "қатысамын", "қатысуымен", "жиналды", "сөйледі");

  /**
   * Stems near a number that mark a session as past or another event: participles of what was given or
   * decided there ("поручений, данных на"), "прошлой", "берген", "өткен жылы". Strong evidence.
   */
  private static final List<String> PAST_CUES =
      List.of("озвучен", "поставлен", "прошлогодн", "прошедш", "состоявш", "предыдущ", "айтылған", "жүктелген",
          "қабылданған");

  /** Whole words with the same meaning, whose stems would catch too much ("данная сессия"). */
  private static final Set<String> PAST_WORDS =
      Set.of("данных", "данные", "принятых", "принятые", "прошлой", "прошлого", "прошлом", "после", "берген",
          "кейін");

  /**
   * Nouns of a session's outcome near its number ("поручения", "итоги", "тапсырмалар", "орындау"): a
   * report may name them too ("озвучил 7 поручений на ХХII сессии"), so they weigh less.
   */
  private static final List<String> OUTCOME_CUES =
      List.of("поручен", "решени", "итог", "рекомендац", "исполнени", "результат", "тапсырма", "қорытынды",
          "шешім", "орында");

  private static final List<String> REGIONAL_ADJECTIVES =
      List.of("област", "облыстық", "региональн", "өңірлік"); // "област": "сессия ассамблеи ... области" too
  private static final List<String> DISTRICT_ADJECTIVES = List.of("районн", "аудандық");
  private static final List<String> CITY_ADJECTIVES = List.of("городск", "қалалық");

  /**
   * Words of the Assembly's own name, which an owner phrase passes over: "Ассамблеи народа
   * Казахстана"; and its council, whose sessions are the assembly's ("облыстық кеңесінің үшінші сессиясы").
   */
  private static final Set<String> ASSEMBLY_NAME =
      Set.of("народа", "казахстана", "қазақстан", "халқы", "кеңесінің", "кеңесі", "совета");

  private Lexicon() {}

  /** A number written onto the session word: "33-сессиясы", "25-сессия". */
  private static final Pattern ATTACHED_NUMBER = Pattern.compile("(\\d{1,3})-(.+)");

  /**
   * The form of a session word, or null when the word is not "session" in the singular. A number
   * written onto it ("33-сессиясы") does not change its form.
   */
  static Form sessionWord(String lower) {
    if (Token.startsWithDigit(lower)) {
      Matcher attached = ATTACHED_NUMBER.matcher(lower);
      if (attached.matches()) {
        lower = attached.group(2);
      }
    }
    if (lower.equals("сессия")) {
      return Form.NOMINATIVE;
    }
    if (lower.equals("сессию")) {
      return Form.ACCUSATIVE;
    }
    if (RUSSIAN_OBLIQUE.contains(lower)) {
      return Form.OBLIQUE;
    }
    if (!lower.startsWith("сессия") || lower.startsWith("сессиял")) {
      return null; // "сессиялар" is plural
    }
    String rest = lower.substring("сессия".length());
    return switch (rest) {
      case "сы" -> Form.NOMINATIVE;
      case "сын", "ны" -> Form.ACCUSATIVE;
      default -> rest.startsWith("сы") && KazakhSuffixes.isCase(rest.substring(2)) || KazakhSuffixes.isCase(rest)
          ? Form.OBLIQUE
          : null;
    };
  }

  /** The number written onto a session word ("33-сессиясы" gives 33), or 0. */
  static int attachedNumber(String lower) {
    if (!Token.startsWithDigit(lower)) {
      return 0;
    }
    Matcher attached = ATTACHED_NUMBER.matcher(lower);
    return attached.matches() && sessionWord(attached.group(2)) != null ? Integer.parseInt(attached.group(1)) : 0;
  }

  static boolean isFiller(String lower) {
    return startsWithAny(lower, FILLERS);
  }

  static boolean isEventVerb(String lower) {
    return EVENT_VERBS.contains(lower);
  }

  static boolean isHoldingVerb(String lower) {
    return HOLDING_VERBS.contains(lower);
  }

  static boolean isParticipation(String lower) {
    return PARTICIPATION.contains(lower);
  }

  static boolean isLiveVerb(String lower) {
    return LIVE_VERBS.contains(lower);
  }

  static boolean isHeadNoun(String lower) {
    return HEAD_NOUNS.contains(lower);
  }

  static boolean isProgressive(String lower) {
    return PROGRESSIVE.contains(lower);
  }

  /** Kazakh converbs that say "going on" with a progressive auxiliary: "өтіп жатыр", "жүріп жатыр". */
  static boolean isGoingOn(String lower) {
    return lower.equals("өтіп") || lower.equals("жүріп");
  }

  static boolean isHeldParticiple(String lower) {
    return HELD_PARTICIPLES.contains(lower);
  }

  static boolean isAction(String lower) {
    return ACTIONS.contains(lower);
  }

  static boolean isAtPreposition(String lower) {
    return AT_PREPOSITIONS.contains(lower);
  }

  static boolean isReportNoun(String lower) {
    return startsWithAny(lower, REPORT_NOUNS);
  }

  /**
   * Whether the word at {@code k} marks a session as past or another event. Kazakh "өткен" is "held"
   * ("Астанада өткен сессия", which may be reported) and only in "өткен жылы" "last year's".
   */
  static boolean isPastCue(Sentence s, int k) {
    String lower = s.lower(k);
    return PAST_WORDS.contains(lower) || startsWithAny(lower, PAST_CUES)
        || lower.equals("өткен") && s.lower(k + 1).startsWith("жыл");
  }

  /** Whether the word at {@code k} names a session's outcome: its instructions, results, decisions. */
  static boolean isOutcomeCue(Sentence s, int k) {
    return startsWithAny(s.lower(k), OUTCOME_CUES);
  }

  static boolean isAssemblyName(String lower) {
    return ASSEMBLY_NAME.contains(lower);
  }

  /** The level an adjective gives an assembly ("областной", "аудандық"), or null. */
  static Generic generic(String lower) {
    if (startsWithAny(lower, DISTRICT_ADJECTIVES)) {
      return Generic.DISTRICT;
    }
    if (startsWithAny(lower, CITY_ADJECTIVES)) {
      return Generic.CITY;
    }
    return startsWithAny(lower, REGIONAL_ADJECTIVES) || lower.startsWith("столичн") ? Generic.REGIONAL : null;
  }

  /** A level stated without a place: "областной", "районной", "городской" (a city's own assembly). */
  enum Generic { REGIONAL, DISTRICT, CITY }

  private static boolean startsWithAny(String word, List<String> prefixes) {
    return prefixes.stream().anyMatch(word::startsWith);
  }
}
