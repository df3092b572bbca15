package io.newsstream.producer.validate;

import io.newsstream.dlq.RejectReason;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Reads the publication dates scrapers send: ISO-8601 (with or without offset, or a date alone),
 * RFC 1123 as in RSS and HTTP, {@code dd.MM.yyyy[ HH:mm[:ss]]} as Kazakh sites print it, and epoch
 * milliseconds. A date without an offset is Kazakhstan's time ({@code Asia/Almaty}). Dates before
 * 1990 or more than a day ahead are refused: they are a scraper's bug, not news.
 */
public final class PublishedAt {
  /** The zone of dates written without an offset. */
  public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

  private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT),
      DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm[:ss]", Locale.ROOT),
      DateTimeFormatter.ofPattern("dd.MM.uuuu, HH:mm[:ss]", Locale.ROOT));
  private static final DateTimeFormatter DOTTED_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

  private PublishedAt() {}

  /** The instant a date string means; refused with {@link RejectReason#BAD_DATE} if it means none. */
  public static Instant parse(String raw, Instant now) {
    String s = raw.strip();
    Instant instant = read(s);
    if (instant == null) {
      throw new RefusedException(RejectReason.BAD_DATE, "publishedAt '" + raw + "' is not a date");
    }
    if (instant.isBefore(EARLIEST)) {
      String hint = s.matches("\\d+") ? " (a number is read as epoch milliseconds)" : "";
      throw new RefusedException(RejectReason.BAD_DATE, "publishedAt '" + raw + "' is before 1990" + hint);
    }
    if (instant.isAfter(now.plus(1, ChronoUnit.DAYS))) {
      throw new RefusedException(RejectReason.BAD_DATE, "publishedAt '" + raw + "' is in the future");
    }
    return instant;
  }

  private static Instant read(String s) {
    if (s.matches("\\d{1,15}")) {
      return Instant.ofEpochMilli(Long.parseLong(s));
    }
    Instant zoned = tryParse(s, DateTimeFormatter.ISO_DATE_TIME);
    if (zoned != null) {
      return zoned;
    }
    zoned = tryParse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
    if (zoned != null) {
      return zoned;
    }
    for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
      zoned = tryParse(s, f);
      if (zoned != null) {
        return zoned;
      }
    }
    for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DOTTED_DATE)) {
      try {
        return LocalDate.parse(s, f).atStartOfDay(KAZAKHSTAN).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  // An offset or zone in the text wins; without one the time is Kazakhstan's.
  private static Instant tryParse(String s, DateTimeFormatter format) {
    try {
      TemporalAccessor t = format.parse(s);
      if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
        return ZonedDateTime.from(t).toInstant();
      }
      return LocalDateTime.from(t).atZone(KAZAKHSTAN).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
