package io.newsstream.dlq;

import io.newsstream.text.TextMeasure;
import java.util.Optional;

/**
 * What an article's text must be, checked by the producer before it sends and by the streams app
 * before it spends work (it also reads records other producers wrote): present, not blank, at most
 * {@code maxBytes} of UTF-8, at least {@code minLetters} letters.
 *
 * @param minLetters the fewest letters (of any script) an article has
 * @param maxBytes the largest text, in UTF-8 bytes
 */
public record TextLimits(int minLetters, long maxBytes) {
  /**
   * Fewer letters than this are no article: a headline alone has more, and the language detector
   * cannot tell the language of fewer.
   */
  public static final int DEFAULT_MIN_LETTERS = TextMeasure.FEWEST_LETTERS_FOR_LANGUAGE;

  /** Texts above this many UTF-8 bytes are refused: no news article is that long. */
  public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

  /** The limits both sides apply unless told otherwise. */
  public static final TextLimits DEFAULT = new TextLimits(DEFAULT_MIN_LETTERS, DEFAULT_MAX_BYTES);

  public TextLimits {
    if (minLetters < 0) {
      throw new IllegalArgumentException("minLetters must not be negative, got " + minLetters);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  /** These limits with another size limit. */
  public TextLimits withMaxBytes(long bytes) {
    return new TextLimits(minLetters, bytes);
  }

  /** Why the text is refused: no text, blank, too large, too short; empty when it passes. */
  public Optional<Refusal> check(String text) {
    if (text == null) {
      return refuse(RejectReason.EMPTY_TEXT, "there is no text");
    }
    if (TextMeasure.isBlank(text)) {
      return refuse(RejectReason.EMPTY_TEXT, text.isEmpty()
          ? "the text is empty"
          : "the text is only whitespace (" + text.length() + " characters)");
    }
    long bytes = TextMeasure.utf8Length(text);
    if (bytes > maxBytes) {
      return refuse(RejectReason.TOO_LARGE, "the text is " + bytes + " bytes, over the limit of " + maxBytes);
    }
    // Texts run to megabytes; the count reads only as far as the minimum, unless the text is short.
    if (!TextMeasure.hasLetters(text, minLetters)) {
      return refuse(RejectReason.TOO_SHORT, "the text has " + TextMeasure.letters(text) + " letters, fewer than the "
          + minLetters + " an article has at least");
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(RejectReason reason, String detail) {
    return Optional.of(new Refusal(reason, detail));
  }
}
