package io.newsstream.streams.validate;

import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.dlq.TextLimits;
import io.newsstream.schema.RawArticle;
import java.util.Optional;

/** The checks a raw article must pass before any stage spends work on it. Immutable, thread-safe. */
public final class ArticleValidator {
  private final TextLimits limits;

  /** @param limits the fewest letters and the most UTF-8 bytes a text may have: the producer's */
  public ArticleValidator(TextLimits limits) {
    this.limits = limits;
  }

  /**
   * What is wrong with the record, if anything: the article's own problems, else a key that is
   * not the article's id.
   */
  public Optional<Refusal> check(String key, RawArticle article) {
    Optional<Refusal> problem = check(article);
    if (problem.isPresent() || article.getId().equals(key)) {
      return problem;
    }
    return reject(RejectReason.KEY_MISMATCH, key == null
        ? "the record has no key; it must be the article id '" + article.getId() + "'"
        : "the record's key '" + key + "' is not the article id '" + article.getId() + "'; send it keyed by its id");
  }

  /** What is wrong with the article, if anything. */
  public Optional<Refusal> check(RawArticle article) {
    if (article == null) {
      return reject(RejectReason.NULL_VALUE, "the record has no value");
    }
    if (article.getId() == null || article.getId().isBlank()) {
      return reject(RejectReason.MISSING_ID, "the article has no id");
    }
    return limits.check(article.getText());
  }

  private static Optional<Refusal> reject(RejectReason reason, String detail) {
    return Optional.of(new Refusal(reason, detail));
  }
}
