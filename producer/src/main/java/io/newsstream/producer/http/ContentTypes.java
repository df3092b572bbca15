package io.newsstream.producer.http;

import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.decode.TextDecoder;
import io.newsstream.producer.source.Format;
import io.newsstream.producer.validate.RefusedException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/** What an HTTP body's {@code Content-Type} says about how to read it. */
public final class ContentTypes {
  private ContentTypes() {}

  /**
   * The format of a body: JSON, JSON Lines (several spellings), plain text or HTML; empty when the
   * type says nothing ({@code null}, {@code application/octet-stream}) and the body must be sniffed.
   * Other types are refused with {@link RejectReason#UNSUPPORTED_CONTENT_TYPE}.
   */
  public static Optional<Format> formatOf(String contentType) {
    String type = mediaType(contentType);
    return switch (type) {
      case "", "application/octet-stream" -> Optional.empty();
      case "application/json" -> Optional.of(Format.JSON);
      case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
          "application/jsonlines", "application/json-lines", "application/jsonl+json" -> Optional.of(Format.JSON_LINES);
      case "text/plain" -> Optional.of(Format.TEXT);
      case "text/html", "application/xhtml+xml" -> Optional.of(Format.HTML);
      default -> throw new RefusedException(RejectReason.UNSUPPORTED_CONTENT_TYPE, "content type '" + type
          + "' is not one of application/json, application/x-ndjson, text/plain, text/html");
    };
  }

  /** The charset the {@code charset} parameter names, if any. */
  public static Optional<Charset> charsetOf(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        return Optional.of(TextDecoder.charsetNamed(pair[1]));
      }
    }
    return Optional.empty();
  }

  private static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }
}
