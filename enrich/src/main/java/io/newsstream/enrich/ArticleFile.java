package io.newsstream.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A text file and what its sidecar ({@code NAME.txt.json}: title, publishedAt, language; url and
 * source are not needed here) says about it.
 *
 * @param title the sidecar's title, or null
 * @param publishedAt the publication date in Kazakhstan's time, or null
 * @param language the sidecar's language, or null
 */
record ArticleFile(String text, String title, LocalDate publishedAt, String language) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
  private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  /** Reads a UTF-8 text and its sidecar, if there is one. */
  static ArticleFile read(Path file) throws IOException {
    String text = Files.readString(file);
    Path sidecar = file.resolveSibling(file.getFileName() + ".json");
    if (!Files.exists(sidecar)) {
      return new ArticleFile(text, null, null, null);
    }
    JsonNode meta = JSON.readTree(sidecar.toFile());
    return new ArticleFile(
        text, string(meta, "title"), date(meta.get("publishedAt"), sidecar), string(meta, "language"));
  }

  private static String string(JsonNode meta, String field) {
    JsonNode value = meta.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  /** ISO dates and date-times, dd.MM.yyyy as Kazakh sites print it, or epoch milliseconds. */
  private static LocalDate date(JsonNode value, Path sidecar) {
    if (value == null || value.isNull()) {
      return null;
    }
    String s = value.asText().strip();
    try {
      if (s.matches("\\d{9,}")) {
        return Instant.ofEpochMilli(Long.parseLong(s)).atZone(KAZAKHSTAN).toLocalDate();
      }
      if (s.matches("\\d{2}\\.\\d{2}\\.\\d{4}.*")) {
        return LocalDate.parse(s.substring(0, 10), DOTTED);
      }
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      try {
        return OffsetDateTime.parse(s).atZoneSameInstant(KAZAKHSTAN).toLocalDate();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(s).toLocalDate(); // no offset: already Kazakhstan's time
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(sidecar + ": publishedAt '" + s + "' is not a date", e);
    }
  }
}
