package io.newsstream.enrich.session;

import io.newsstream.enrich.morphology.KazakhSuffixes;
import io.newsstream.enrich.tokens.Sentence;
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
          "стартует", "началась", "начинается", "начнется", "начнётся", "завершилась", "завершается",
          "продолжается", "продолжила", "работает", "проводится", "проведена", "собралась",
          "өтті", "өтуде", "өтеді", "өтпек", "өткізілді", "басталды", "ашылды", "жалғасты", "жалғасуда",
          "аяқталды");

  /** Verbs whose object is the session: the assembly holds it, someone opens it. */
  private static final Set<String> HOLDING_VERBS =
      Set.of("провела", "провел", "провёл", "проведет", "проведёт", "провели", "открыл", "открыла", "открыли",
          "өткізді", "өткізеді", "ашты");

  /** Taking part in the session reported: "принял участие в", "выступая на", "сессиясына қатысты". */
  private static final Set<String> PARTICIPATION =
      Set.of("участие", "выступил", "выступила", "выступили", "выступая", "выступление", "қатысты",
          "қатысып", "сөйледі");

  /** Stems near a number that make it a session referred to, not reported: its decisions, its past. */
  private static final List<String> REFERENCE_CUES =
      List.of("поручен", "озвучен", "поставлен", "решени", "итог", "рекомендац", "прошлогодн", "прошедш",
          "состоявш", "предыдущ", "исполнени", "результат", "тапсырма", "айтылған", "қорытынды", "шешім",
          "жүктелген", "қабылданған");

  /** Whole words with the same meaning, whose stems would catch too much ("данная сессия"). */
  private static final Set<String> REFERENCE_WORDS =
      Set.of("данных", "данные", "принятых", "принятые", "прошлой", "прошлого", "прошлом", "после", "берген",
          "кейін");

  private static final List<String> REGIONAL_ADJECTIVES =
      List.of("областн", "облыстық", "региональн", "өңірлік");
  private static final List<String> DISTRICT_ADJECTIVES = List.of("районн", "аудандық");
  private static final List<String> CITY_ADJECTIVES = List.of("городск", "қалалық");

  /** Words of the Assembly's own name, which an owner phrase passes over: "Ассамблеи народа Казахстана". */
  private static final Set<String> ASSEMBLY_NAME = Set.of("народа", "казахстана", "қазақстан", "халқы");

  private Lexicon() {}

  /** A number written onto the session word: "33-сессиясы", "25-сессия". */
  private static final Pattern ATTACHED_NUMBER = Pattern.compile("(\\d{1,3})-(.+)");

  /**
   * The form of a session word, or null when the word is not "session" in the singular. A number
   * written onto it ("33-сессиясы") does not change its form.
   */
  static Form sessionWord(String lower) {
    Matcher attached = ATTACHED_NUMBER.matcher(lower);
    if (attached.matches()) {
      lower = attached.group(2);
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

  /**
   * Whether the word at {@code k} refers to a session as past or decided. Kazakh "өткен" is "held"
   * ("Астанада өткен сессия", which may be reported) and only in "өткен жылы" "last year's".
   */
  static boolean isReferenceCue(Sentence s, int k) {
    String lower = s.lower(k);
    return REFERENCE_WORDS.contains(lower) || startsWithAny(lower, REFERENCE_CUES)
        || lower.equals("өткен") && s.lower(k + 1).startsWith("жыл");
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
