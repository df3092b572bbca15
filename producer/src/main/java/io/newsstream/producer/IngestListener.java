package io.newsstream.producer;

import io.newsstream.dlq.RejectReason;

/**
 * Hears the fate of each input item, once it is final: accepted once Kafka acknowledged it,
 * refused once its dead letter was written. Called from producer threads, concurrently:
 * implementations must be thread-safe and quick.
 */
public interface IngestListener {
  /** A listener that ignores everything. */
  IngestListener NONE = new IngestListener() {
    @Override
    public void onAccepted(String articleId, String origin) {}

    @Override
    public void onRefused(String reason, String detail, String origin) {}
  };

  /** An article is on {@code news.raw.v1}. */
  void onAccepted(String articleId, String origin);

  /**
   * An input was refused and written to {@code news.dlq.v1}.
   *
   * @param reason the code, one of {@link io.newsstream.dlq.RejectReason}
   */
  void onRefused(String reason, String detail, String origin);

  /** Bytes of input consumed, for progress; called from the reading thread. */
  default void onBytesRead(long bytes) {}
}
