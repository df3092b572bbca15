package io.newsstream.streams.validate;

import io.newsstream.schema.RawArticle;
import io.newsstream.streams.errors.RejectReason;
import java.util.Optional;

/** The checks a raw article must pass before any stage spends work on it. Immutable, thread-safe. */
public final class ArticleValidator {
  /** Texts above this many UTF-8 bytes are refused: no news article is that long. */
  public static final int DEFAULT_MAX_TEXT_BYTES = 2 * 1024 * 1024;

  private final int maxTextBytes;

  public ArticleValidator(int maxTextBytes) {
    this.maxTextBytes = maxTextBytes;
  }

  /**
   * What is wrong with the record, if anything: the article's own problems, else a key that is
   * not the article's id.
   */
  public Optional<Rejection> check(String key, RawArticle article) {
    Optional<Rejection> problem = check(article);
    if (problem.isPresent() || article.getId().equals(key)) {
      return problem;
    }
    return reject(RejectReason.KEY_MISMATCH, key == null
        ? "the record has no key; it must be the article id '" + article.getId() + "'"
        : "the record's key '" + key + "' is not the article id '" + article.getId() + "'; send it keyed by its id");
  }

  /** What is wrong with the article, if anything. */
  public Optional<Rejection> check(RawArticle article) {
    if (article == null) {
      return reject(RejectReason.NULL_VALUE, "the record has no value");
    }
    if (article.getId() == null || article.getId().isBlank()) {
      return reject(RejectReason.MISSING_ID, "the article has no id");
    }
    String text = article.getText();
    if (text == null || isBlank(text)) {
      return reject(RejectReason.EMPTY_TEXT, "the text is blank");
    }
    long bytes = utf8Length(text);
    if (bytes > maxTextBytes) {
      return reject(RejectReason.TOO_LARGE, "the text has " + bytes + " bytes, more than the limit of " + maxTextBytes);
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(RejectReason reason, String detail) {
    return Optional.of(new Rejection(reason, detail));
  }

  /** Blank in the Unicode sense: no-break spaces count as spaces, as the cleaner treats them. */
  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }

  /** Counted, not encoded: a too-large text should not cost a copy of itself. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isSurrogate(c)) {
        bytes += 2; // a pair is 4 bytes
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
