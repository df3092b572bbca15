package io.newsstream.producer.publish;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Publishes nothing and reports success: for {@code --dry-run}, which only reads and validates. */
public final class DryRunPublisher implements Publisher {
  @Override
  public CompletableFuture<Void> publish(RawArticle article, String contentType, Instant giveUpAt) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> reject(RejectedInput rejected, Instant giveUpAt) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {}
}
