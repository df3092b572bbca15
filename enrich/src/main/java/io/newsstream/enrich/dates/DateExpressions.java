package io.newsstream.enrich.dates;

import io.newsstream.enrich.morphology.NameForms;
import io.newsstream.enrich.tokens.Sentence;
import io.newsstream.enrich.tokens.Token;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date expressions of a sentence. */
final class DateExpressions {
  private static final Map<String, Integer> RUSSIAN_MONTHS = russianMonths();

  private static final List<String> KAZAKH_MONTHS =
      List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
          "қазан", "қараша", "желтоқсан");

  private static final Map<String, Integer> RELATIVE =
      Map.of("сегодня", 0, "вчера", -1, "позавчера", -2, "завтра", 1, "послезавтра", 2, "накануне", -1,
          "бүгін", 0, "кеше", -1, "ертең", 1, "кешегі", -1);

  /** Russian weekdays in the accusative, as they follow "в"/"во". */
  private static final Map<String, DayOfWeek> RUSSIAN_WEEKDAYS =
      Map.of("понедельник", DayOfWeek.MONDAY, "вторник", DayOfWeek.TUESDAY, "среду", DayOfWeek.WEDNESDAY,
          "четверг", DayOfWeek.THURSDAY, "пятницу", DayOfWeek.FRIDAY, "субботу", DayOfWeek.SATURDAY,
          "воскресенье", DayOfWeek.SUNDAY);

  private static final Map<String, DayOfWeek> KAZAKH_WEEKDAYS =
      Map.of("дүйсенбі", DayOfWeek.MONDAY, "сейсенбі", DayOfWeek.TUESDAY, "сәрсенбі", DayOfWeek.WEDNESDAY,
          "бейсенбі", DayOfWeek.THURSDAY, "жұма", DayOfWeek.FRIDAY, "сенбі", DayOfWeek.SATURDAY,
          "жексенбі", DayOfWeek.SUNDAY);

  /** Verbs that put the event after the publication: a weekday then means the next one. */
  private static final Set<String> FUTURE_VERBS =
      Set.of("пройдет", "пройдёт", "состоится", "откроется", "начнется", "начнётся", "стартует", "будет",
          "өтеді", "өтпек", "басталады", "ашылады", "өткізіледі");

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");
  /** A year, with the abbreviation of "year" written onto it: "2014г", "2023ж". */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d(?:г|ж)?");

  private DateExpressions() {}

  static List<DateExpression> find(Sentence s) {
    boolean future = s.tokens().stream().anyMatch(t -> FUTURE_VERBS.contains(t.lower()));
    List<DateExpression> found = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      DateExpression e = at(s, i, future);
      if (e != null) {
        found.add(e);
      }
    }
    return found;
  }

  private static DateExpression at(Sentence s, int i, boolean future) {
    String w = s.lower(i);
    Integer relative = RELATIVE.get(w);
    if (relative != null) {
      return new DateExpression.Relative(i, relative);
    }
    DayOfWeek weekday = weekday(s, i);
    if (weekday != null) {
      return new DateExpression.Weekday(i, weekday, future);
    }
    if (!Token.startsWithDigit(w)) {
      return null; // every form below starts with the day's or the year's digits
    }
    Matcher iso = ISO_DATE.matcher(w);
    if (iso.matches()) {
      return calendar(i, i, iso.group(3), Integer.parseInt(iso.group(2)), iso.group(1));
    }
    if (!DAY.matcher(w).matches()) {
      return null;
    }
    // 15.03.2022 comes as "15" "." "03" "." "2022"
    if (s.lower(i + 1).equals(".") && DAY.matcher(s.lower(i + 2)).matches() && s.lower(i + 3).equals(".")
        && YEAR.matcher(s.lower(i + 4)).matches()) {
      return calendar(i, i + 4, w, Integer.parseInt(s.lower(i + 2)), s.lower(i + 4).substring(0, 4));
    }
    int month = month(s.lower(i + 1));
    if (month == 0) {
      return null;
    }
    // "2024 жылғы 18 сәуірде": the year comes first
    if (s.lower(i - 1).startsWith("жыл") && YEAR.matcher(s.lower(i - 2)).matches()) {
      return calendar(i - 2, i + 1, w, month, s.lower(i - 2).substring(0, 4));
    }
    int y = s.lower(i + 2).equals(",") ? i + 3 : i + 2; // "01 Июля, 2021"
    boolean withYear = YEAR.matcher(s.lower(y)).matches();
    return calendar(i, withYear ? y : i + 1, w, month, withYear ? s.lower(y).substring(0, 4) : null);
  }

  private static DateExpression calendar(int at, int end, String day, int month, String year) {
    int d = Integer.parseInt(day);
    if (d < 1 || d > 31 || month < 1 || month > 12) {
      return null;
    }
    return new DateExpression.Calendar(at, end, d, month, year == null ? null : Integer.parseInt(year));
  }

  private static DayOfWeek weekday(Sentence s, int i) {
    String w = s.lower(i);
    String before = s.lower(i - 1);
    if ((before.equals("в") || before.equals("во")) && RUSSIAN_WEEKDAYS.containsKey(w)) {
      return RUSSIAN_WEEKDAYS.get(w);
    }
    if (s.lower(i + 1).equals("күні")) {
      return KAZAKH_WEEKDAYS.get(w);
    }
    return null;
  }

  /** The month a word names, 1 to 12, or 0. */
  private static int month(String w) {
    Integer russian = RUSSIAN_MONTHS.get(w);
    if (russian != null) {
      return russian;
    }
    for (int m = 0; m < KAZAKH_MONTHS.size(); m++) {
      if (NameForms.ending(w, KAZAKH_MONTHS.get(m)) != null) {
        return m + 1;
      }
    }
    return 0;
  }

  /** Nominative, genitive and prepositional of each month: "январь", "января", "январе". */
  private static Map<String, Integer> russianMonths() {
    String[][] forms = {
      {"январь", "января", "январе"}, {"февраль", "февраля", "феврале"}, {"март", "марта", "марте"},
      {"апрель", "апреля", "апреле"}, {"май", "мая", "мае"}, {"июнь", "июня", "июне"},
      {"июль", "июля", "июле"}, {"август", "августа", "августе"}, {"сентябрь", "сентября", "сентябре"},
      {"октябрь", "октября", "октябре"}, {"ноябрь", "ноября", "ноябре"}, {"декабрь", "декабря", "декабре"}
    };
    Map<String, Integer> months = new HashMap<>();
    for (int m = 0; m < forms.length; m++) {
      for (String form : forms[m]) {
        months.put(form, m + 1);
      }
    }
    return Map.copyOf(months);
  }
}
