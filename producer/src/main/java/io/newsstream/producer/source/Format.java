package io.newsstream.producer.source;

import java.util.Locale;

/** How an input is laid out, and so how it is read. */
public enum Format {
  /** One article: the whole input is its text. */
  TEXT("text/plain"),
  /** One article: an HTML page, its text extracted. */
  HTML("text/html"),
  /** One JSON article object, or an array of them. */
  JSON("application/json"),
  /** One JSON article object per line. */
  JSON_LINES("application/x-ndjson");

  private final String mediaType;

  Format(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type of inputs in this format, sent as a record header. */
  public String mediaType() {
    return mediaType;
  }

  /** The format a file's name says: .html/.htm, .json, .jsonl/.ndjson; anything else is text. */
  public static Format ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    return lower.endsWith(".json") ? JSON : TEXT;
  }

  /**
   * The format an unnamed input's first bytes suggest: {@code [} a JSON array, <code>{</code>
   * JSON Lines (a one-line object is valid JSON Lines), {@code <} HTML, anything else text.
   */
  public static Format sniff(byte[] sample, int length) {
    for (int i = byteOrderMarkLength(sample, length); i < length; i++) {
      int b = sample[i] & 0xFF;
      // Zero bytes are the other half of UTF-16 characters.
      if (b != 0 && !Character.isWhitespace(b)) {
        return switch (b) {
          case '[' -> JSON;
          case '{' -> JSON_LINES;
          case '<' -> HTML;
          default -> TEXT;
        };
      }
    }
    return TEXT;
  }

  private static int byteOrderMarkLength(byte[] b, int length) {
    if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return 3;
    }
    boolean utf16 = length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    return utf16 ? 2 : 0;
  }
}
