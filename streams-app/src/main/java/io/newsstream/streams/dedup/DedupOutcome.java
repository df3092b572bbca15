package io.newsstream.streams.dedup;

import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.dedup.DedupSignal;

/**
 * One thing the verdict of an article asks the topology to do; a verdict may ask several (a late
 * canonical copy retracts the article published before it and publishes a notice in its place).
 *
 * @param action what to do
 * @param article the cleaned article, for {@link Action#PUBLISH}
 * @param fingerprint its fingerprint, for {@link Action#PUBLISH}
 * @param notice the duplicate notice, for {@link Action#NOTICE}
 * @param linkTo the article the signal is for, for {@link Action#LINK}
 * @param signal what that article's verdict is told, for {@link Action#LINK}
 */
public record DedupOutcome(
    Action action, RawArticle article, String fingerprint, DuplicateNotice notice, String linkTo, DedupSignal signal) {

  public enum Action {
    /** A unique article: on to language detection and enrichment, then news.articles.v1. */
    PUBLISH,
    /** A duplicate notice for news.duplicates.v1. */
    NOTICE,
    /** The article published under this id is a duplicate after all: a tombstone on news.articles.v1. */
    RETRACT_ARTICLE,
    /** The notice under this id no longer holds (a corrected text is unique): a tombstone on news.duplicates.v1. */
    RETRACT_NOTICE,
    /** A signal to another article's verdict (following a chain of copies): back to dedup-verdicts. */
    LINK
  }

  static DedupOutcome publish(RawArticle article, String fingerprint) {
    return new DedupOutcome(Action.PUBLISH, article, fingerprint, null, null, null);
  }

  static DedupOutcome notice(DuplicateNotice notice) {
    return new DedupOutcome(Action.NOTICE, null, null, notice, null, null);
  }

  static DedupOutcome retract(Action action) {
    return new DedupOutcome(action, null, null, null, null, null);
  }

  static DedupOutcome link(String articleId, DedupSignal signal) {
    return new DedupOutcome(Action.LINK, null, null, null, articleId, signal);
  }
}
