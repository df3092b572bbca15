package io.newsstream.streams.dedup;

import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.RawArticle;

/**
 * The outcome of {@link ExactDeduplicator} for one article: unique, or a duplicate with its notice.
 *
 * @param fingerprint the article's fingerprint
 * @param article the cleaned article
 * @param duplicateOf the notice when it is a duplicate; null when unique
 */
public record DedupVerdict(String fingerprint, RawArticle article, DuplicateNotice duplicateOf) {

  public boolean isDuplicate() {
    return duplicateOf != null;
  }
}
