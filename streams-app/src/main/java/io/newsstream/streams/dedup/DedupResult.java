package io.newsstream.streams.dedup;

import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.RawArticle;

/**
 * What de-duplication decides about an article, keyed by its id: the one output of the dedup
 * stages. A verdict may change once given (a late earlier copy retracts a published article and
 * gives it a notice), so one article may get several results over time; the last one stands.
 */
public sealed interface DedupResult {
  /** Unique: on to language detection and enrichment, then news.articles.v1. */
  record Unique(RawArticle article, String fingerprint) implements DedupResult {}

  /** A duplicate: its notice, for news.duplicates.v1. */
  record Notice(DuplicateNotice notice) implements DedupResult {}

  /** The article published under this id is a duplicate after all: a tombstone on news.articles.v1. */
  record ArticleRetracted() implements DedupResult {}

  /** The notice under this id no longer holds (a corrected text is judged afresh): a tombstone on news.duplicates.v1. */
  record NoticeRetracted() implements DedupResult {}
}
