package io.newsstream.streams.dedup;

import io.newsstream.schema.RawArticle;
import io.newsstream.streams.dedup.records.DedupMatch;
import java.time.Instant;
import java.util.Comparator;

/**
 * Which of two copies of a story is canonical: the earlier event time, then the smaller id. A rule
 * on the articles alone, so every partition, instance and replay decides the same whatever order
 * the copies arrive in.
 *
 * @param eventTime published, else fetched, in epoch milliseconds
 * @param id the article id
 */
public record Rank(long eventTime, String id) implements Comparable<Rank> {
  private static final Comparator<Rank> ORDER =
      Comparator.comparingLong(Rank::eventTime).thenComparing(Rank::id);

  static Rank of(DedupMatch match) {
    return new Rank(match.getEventTime().toEpochMilli(), match.getArticleId());
  }

  /** The outlet's publication time says when the story ran; the fetch time is the fallback. */
  public static Instant eventTimeOf(RawArticle article) {
    return article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
  }

  boolean before(Rank other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Rank other) {
    return ORDER.compare(this, other);
  }
}
