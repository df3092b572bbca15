package io.newsstream.streams.dedup;

import io.newsstream.streams.dedup.records.DedupMessage;
import io.newsstream.streams.validate.Validated;

/** What reaches the deduplicator: an article arriving, or a message from another article's partition. */
record DedupInput(Validated arrival, DedupMessage message) {
  static DedupInput arrival(Validated article) {
    return new DedupInput(article, null);
  }

  static DedupInput message(DedupMessage message) {
    return new DedupInput(null, message);
  }
}
