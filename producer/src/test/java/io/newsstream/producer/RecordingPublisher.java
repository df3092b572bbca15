package io.newsstream.producer;

import io.newsstream.producer.publish.Publisher;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.common.errors.RecordTooLargeException;

/** Keeps what would go to Kafka; can be told to fail some articles as the broker would. */
final class RecordingPublisher implements Publisher {
  final List<RawArticle> published = new CopyOnWriteArrayList<>();
  final List<String> contentTypes = new CopyOnWriteArrayList<>();
  final List<RejectedInput> rejected = new CopyOnWriteArrayList<>();
  volatile Predicate<RawArticle> failing = article -> false;
  volatile boolean closed;

  @Override
  public CompletableFuture<Void> publish(RawArticle article, String contentType, Instant giveUpAt) {
    if (failing.test(article)) {
      return CompletableFuture.failedFuture(new RecordTooLargeException("the message is too large for the broker"));
    }
    published.add(article);
    contentTypes.add(contentType);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> reject(RejectedInput input, Instant giveUpAt) {
    rejected.add(input);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {
    closed = true;
  }
}
