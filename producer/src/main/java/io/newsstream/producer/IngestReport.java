package io.newsstream.producer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one {@link NewsProducer#ingest} did.
 *
 * @param read the items read (articles and refused inputs)
 * @param sent the articles acknowledged on {@code news.raw.v1}
 * @param refusedByReason the refused items per reason code, written to {@code news.dlq.v1}
 * @param bytes the bytes of input consumed
 * @param sentIds the ids of the articles sent, in the order Kafka acknowledged them
 */
public record IngestReport(
    long read,
    long sent,
    Map<String, Long> refusedByReason,
    long bytes,
    Duration elapsed,
    List<String> sentIds) {

  public IngestReport {
    refusedByReason = Map.copyOf(refusedByReason);
    sentIds = List.copyOf(sentIds);
  }

  /** All refused items, whatever the reason. */
  public long refused() {
    return refusedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Articles per second over the whole run. */
  public double articlesPerSecond() {
    return elapsed.isZero() ? 0 : read * 1e9 / elapsed.toNanos();
  }
}
