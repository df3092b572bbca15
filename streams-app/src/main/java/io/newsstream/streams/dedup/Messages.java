package io.newsstream.streams.dedup;

import io.newsstream.streams.dedup.records.DedupMatch;
import io.newsstream.streams.dedup.records.DedupMessage;
import io.newsstream.streams.dedup.records.DedupMessageKind;
import java.time.Instant;

/** The messages partitions send each other about articles. */
final class Messages {
  private Messages() {}

  /** A message about an article's version {@code fingerprint}, carrying {@code match}, timed at {@code time}. */
  static DedupMessage message(DedupMessageKind kind, String fingerprint, DedupMatch match, long time) {
    return DedupMessage.newBuilder()
        .setKind(kind)
        .setFingerprint(fingerprint)
        .setEventTime(Instant.ofEpochMilli(time))
        .setMatch(match)
        .build();
  }

  /** A match by its similarity and the measure it was found by, which notices name. */
  static DedupMatch match(String articleId, Instant eventTime, String fingerprint, double similarity, String measure) {
    return DedupMatch.newBuilder()
        .setArticleId(articleId)
        .setEventTime(eventTime)
        .setFingerprint(fingerprint)
        .setSimilarity(similarity)
        .setMeasure(measure)
        .build();
  }
}
