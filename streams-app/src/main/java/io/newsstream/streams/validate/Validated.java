package io.newsstream.streams.validate;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;

/**
 * The outcome of {@link ValidateAndClean}: either a cleaned article and its fingerprint, or the
 * rejection for the DLQ.
 *
 * @param fingerprint hex SHA-256 of the cleaned text's words; null when rejected
 * @param article the article with its text and title cleaned (RawArticle is the carrier over the
 *     repartition topic, so no internal schema is needed); null when rejected
 * @param rejection why it was refused; null when accepted
 */
public record Validated(String fingerprint, RawArticle article, RejectedInput rejection) {

  static Validated accepted(String fingerprint, RawArticle article) {
    return new Validated(fingerprint, article, null);
  }

  static Validated rejected(RejectedInput rejection) {
    return new Validated(null, null, rejection);
  }

  public boolean isRejected() {
    return rejection != null;
  }
}
