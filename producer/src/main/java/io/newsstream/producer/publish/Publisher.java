package io.newsstream.producer.publish;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Where validated articles and refused inputs go. Thread-safe. */
public interface Publisher extends AutoCloseable {
  /**
   * Publishes an article to {@code news.raw.v1}, keyed by its id. Blocks while the broker or the
   * registry is unreachable (that is the back-pressure), retrying until {@code giveUpAt}; the
   * future completes when the broker has acknowledged the record, or exceptionally if it will not.
   *
   * @param contentType the media type of the input it was read from
   * @param giveUpAt when to stop retrying an unreachable broker or registry; {@link Instant#MAX}
   *     for never
   */
  CompletableFuture<Void> publish(RawArticle article, String contentType, Instant giveUpAt);

  /** Publishes a refused input to {@code news.dlq.v1}, like {@link #publish}. */
  CompletableFuture<Void> reject(RejectedInput rejected, Instant giveUpAt);

  /** Waits for everything in flight to be acknowledged (within a bound), then releases resources. */
  @Override
  void close();
}
