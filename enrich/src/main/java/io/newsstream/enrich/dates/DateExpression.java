package io.newsstream.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** A date as a sentence states it, to be resolved against a reference date (the publication's). */
sealed interface DateExpression {
  /** Index of the expression's first token. */
  int at();

  /** Index of the expression's last token. */
  default int end() {
    return at();
  }

  /** How many tokens lie between the expression and a token. */
  default int distance(int token) {
    return token < at() ? at() - token : Math.max(0, token - end());
  }

  /** The date meant, or null when it needs a reference and there is none. */
  LocalDate resolve(LocalDate reference);

  /** "14 апреля 2016 года"; without a year, the year is the reference's. */
  record Calendar(int at, int end, int day, int month, Integer year) implements DateExpression {
    /** How far after the publication an event without a year may lie (announcements). */
    private static final int DAYS_AHEAD = 30;

    @Override
    public LocalDate resolve(LocalDate reference) {
      if (year != null) {
        return valid(year);
      }
      if (reference == null) {
        return null;
      }
      LocalDate date = valid(reference.getYear());
      return date != null && date.isAfter(reference.plusDays(DAYS_AHEAD)) ? valid(reference.getYear() - 1) : date;
    }

    private LocalDate valid(int y) {
      return day <= YearMonth.of(y, month).lengthOfMonth() ? LocalDate.of(y, month, day) : null;
    }
  }

  /** "сегодня" (0), "вчера" (-1), "ертең" (+1). */
  record Relative(int at, int days) implements DateExpression {
    @Override
    public LocalDate resolve(LocalDate reference) {
      return reference == null ? null : reference.plusDays(days);
    }
  }

  /** "в четверг": the last such day up to the reference, or the next one when the verb is future. */
  record Weekday(int at, DayOfWeek day, boolean future) implements DateExpression {
    @Override
    public LocalDate resolve(LocalDate reference) {
      if (reference == null) {
        return null;
      }
      return reference.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
    }
  }
}
