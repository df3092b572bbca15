package io.newsstream.streams.dedup;

import io.newsstream.streams.dedup.records.DedupMessage;

/**
 * What the deduplicator sends on: a result for the rest of the topology, or a message to another
 * article's partition through the links topic (keyed by that article's id; a sketch goes to the
 * partitions it names).
 */
record Emitted(DedupResult result, DedupMessage message) {
  static Emitted result(DedupResult result) {
    return new Emitted(result, null);
  }

  static Emitted message(DedupMessage message) {
    return new Emitted(null, message);
  }

  boolean isMessage() {
    return message != null;
  }
}
