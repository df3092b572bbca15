package io.newsstream.streams.dedup;

import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.RawArticle;

/**
 * One thing the verdict of an article asks the topology to do; a verdict may ask several (a late
 * canonical copy retracts the article published before it and publishes a notice in its place).
 *
 * @param action what to do
 * @param article the cleaned article, for {@link Action#PUBLISH}
 * @param fingerprint its fingerprint, for {@link Action#PUBLISH}
 * @param notice the duplicate notice, for {@link Action#NOTICE}
 */
public record DedupOutcome(Action action, RawArticle article, String fingerprint, DuplicateNotice notice) {

  public enum Action {
    /** A unique article: on to language detection and enrichment, then news.articles.v1. */
    PUBLISH,
    /** A duplicate notice for news.duplicates.v1. */
    NOTICE,
    /** The article published under this id is a duplicate after all: a tombstone on news.articles.v1. */
    RETRACT_ARTICLE,
    /** The notice under this id no longer holds (a corrected text is unique): a tombstone on news.duplicates.v1. */
    RETRACT_NOTICE
  }

  static DedupOutcome publish(RawArticle article, String fingerprint) {
    return new DedupOutcome(Action.PUBLISH, article, fingerprint, null);
  }

  static DedupOutcome notice(DuplicateNotice notice) {
    return new DedupOutcome(Action.NOTICE, null, null, notice);
  }

  static DedupOutcome retract(Action action) {
    return new DedupOutcome(action, null, null, null);
  }
}
