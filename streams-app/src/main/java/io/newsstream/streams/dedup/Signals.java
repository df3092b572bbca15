package io.newsstream.streams.dedup;

import io.newsstream.schema.dedup.DedupMatch;
import io.newsstream.schema.dedup.DedupSignal;
import io.newsstream.schema.dedup.DedupSignalKind;
import java.time.Instant;

/** The records the band index and the verdicts send each other. */
final class Signals {
  private Signals() {}

  /** A signal about an article's version {@code fingerprint}, carrying {@code match}, timed at {@code time}. */
  static DedupSignal signal(DedupSignalKind kind, String fingerprint, DedupMatch match, long time) {
    return DedupSignal.newBuilder()
        .setKind(kind)
        .setFingerprint(fingerprint)
        .setEventTime(Instant.ofEpochMilli(time))
        .setMatch(match)
        .build();
  }

  static DedupMatch match(String articleId, Instant eventTime, String fingerprint, double similarity) {
    return DedupMatch.newBuilder()
        .setArticleId(articleId)
        .setEventTime(eventTime)
        .setFingerprint(fingerprint)
        .setSimilarity(similarity)
        .build();
  }
}
