package io.newsstream.producer;

import io.newsstream.dlq.DeadLetters;
import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.id.ArticleIds;
import io.newsstream.producer.publish.Publisher;
import io.newsstream.producer.source.Input;
import io.newsstream.producer.source.InputSink;
import io.newsstream.producer.validate.ArticleDraft;
import io.newsstream.producer.validate.RefusedException;
import io.newsstream.producer.validate.Validator;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest call: validates each item a source delivers, publishes it or its dead letter, tells
 * the listener, and counts. Its report completes when every item's fate is final.
 */
final class Ingestion implements InputSink {
  private static final Logger log = LoggerFactory.getLogger(Ingestion.class);
  /** After the deadline, how long an article Kafka took may still wait for its acknowledgement. */
  static final Duration ACK_GRACE = Duration.ofSeconds(10);

  /** Thrown into the reading source when the producer is shutting down, to stop reading. */
  static final class StoppedException extends RuntimeException {
    StoppedException() {
      super("the producer is shutting down", null, false, false);
    }
  }

  private final Publisher publisher;
  private final Validator validator;
  private final IngestListener listener;
  private final Executor deadLetters;
  private final BooleanSupplier stopped;
  // When this ingestion stops waiting for an unreachable broker or registry; Instant.MAX: never.
  private final Instant deadline;
  /**
   * The last fetch time handed out in this process. Fetch times are the event time of articles
   * without a publication date, and the earlier of two copies of a story is the canonical one:
   * strictly increasing times keep "read first" meaning "ranked first" for articles read in the
   * same millisecond.
   */
  private static final AtomicLong LAST_FETCH_MILLIS = new AtomicLong();

  private final long startNanos = System.nanoTime();
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();
  private final Queue<String> sentIds = new ConcurrentLinkedQueue<>();
  // One for each item in flight, plus one until finish(): the report waits for all of them.
  private final AtomicInteger open = new AtomicInteger(1);
  private final CompletableFuture<IngestReport> report = new CompletableFuture<>();

  /**
   * @param deadLetters runs dead-letter sends that follow a failed send: never on Kafka's own thread
   * @param stopped whether to stop taking items
   * @param patience how long, from now, items may wait for an unreachable broker or registry, and
   *     then (with a short grace) for Kafka's acknowledgement; null: forever
   */
  Ingestion(Publisher publisher, Validator validator, IngestListener listener, Executor deadLetters,
      BooleanSupplier stopped, Duration patience) {
    this.publisher = publisher;
    this.validator = validator;
    this.listener = listener;
    this.deadLetters = deadLetters;
    this.stopped = stopped;
    this.deadline = patience == null ? Instant.MAX : Instant.now().plus(patience);
  }

  @Override
  public void accept(Input input) {
    submit(input);
  }

  @Override
  public void bytesRead(long n) {
    bytes.addAndGet(n);
    listener.onBytesRead(n);
  }

  /** Validates and publishes one item; the future completes with its fate. */
  CompletableFuture<Outcome> submit(Input input) {
    if (stopped.getAsBoolean()) {
      throw new StoppedException();
    }
    open.incrementAndGet();
    read.incrementAndGet();
    CompletableFuture<Outcome> outcome = input instanceof Input.Article article
        ? publish(article)
        : refuse((Input.Refused) input, null);
    outcome.whenComplete((o, e) -> release());
    return outcome;
  }

  /** No more items will come; the report completes once those in flight are settled. */
  CompletableFuture<IngestReport> finish() {
    release();
    return report;
  }

  private CompletableFuture<Outcome> publish(Input.Article input) {
    Instant now = nextFetchTime();
    RawArticle article;
    try {
      article = validator.validate(input.draft(), input.origin(), now);
    } catch (RefusedException e) {
      return refuse(new Input.Refused(input.origin(), e.refusal(), input.raw(), null), idIfAny(input.draft()));
    }
    CompletableFuture<Void> sent = publisher.publish(article, input.contentType(), deadline);
    if (!deadline.equals(Instant.MAX)) {
      // Taken by Kafka but never acknowledged (the broker went away): settled too, so the run ends.
      sent = sent.orTimeout(Math.max(0, Duration.between(Instant.now(), deadline).toMillis())
          + ACK_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }
    return sent
        .handle((ok, failure) -> failure == null
            ? CompletableFuture.completedFuture(accepted(article))
            : deadLettered(article, input, failure))
        .thenCompose(f -> f);
  }

  /**
   * A failed send is dead-lettered on another thread: Kafka's own must never block on a send. When
   * that thread is gone (the producer is closing), the failure is still counted, without a letter.
   */
  private CompletableFuture<Outcome> deadLettered(RawArticle article, Input.Article input, Throwable failure) {
    try {
      return CompletableFuture.supplyAsync(() -> sendFailed(article, input, failure), deadLetters).thenCompose(f -> f);
    } catch (RejectedExecutionException closing) {
      Refusal refusal = sendFailedRefusal(failure);
      log.error("shutting down: the dead letter of {} ({}) was not written", input.origin(), refusal);
      return CompletableFuture.completedFuture(counted(input.origin(), refusal, article.getId()));
    }
  }

  /** Now, in the milliseconds Avro keeps (so the article published is the article consumers read), after the last. */
  private static Instant nextFetchTime() {
    return Instant.ofEpochMilli(LAST_FETCH_MILLIS.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis())));
  }

  private Outcome accepted(RawArticle article) {
    sentIds.add(article.getId());
    listener.onAccepted(article.getId(), article.getOrigin());
    return new Outcome(article.getId(), null);
  }

  private CompletableFuture<Outcome> sendFailed(RawArticle article, Input.Article input, Throwable failure) {
    Refusal refusal = sendFailedRefusal(failure);
    return refuse(new Input.Refused(input.origin(), refusal, article.getText(), null), article.getId());
  }

  private static Refusal sendFailedRefusal(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
    return new Refusal(RejectReason.SEND_FAILED, cause instanceof java.util.concurrent.TimeoutException
        ? "Kafka did not acknowledge the article in time; it may still arrive (sending it again is safe: same id)"
        : "Kafka did not take the article: " + cause.getMessage());
  }

  private CompletableFuture<Outcome> refuse(Input.Refused input, String articleId) {
    Refusal refusal = input.refusal();
    RejectedInput deadLetter = DeadLetters.of(refusal, DeadLetters.PRODUCER_STAGE, Instant.now().truncatedTo(ChronoUnit.MILLIS))
        .setOrigin(input.origin())
        .setArticleId(articleId)
        .setRawText(DeadLetters.truncate(input.rawText()))
        .setRawBytes(DeadLetters.truncate(input.rawBytes()))
        .build();
    CompletableFuture<Void> written = publisher.reject(deadLetter, deadline);
    return written.handle((ok, failure) -> {
      if (failure != null) {
        log.error("could not write the dead letter of {} ({}): {}", input.origin(), refusal, failure.getMessage());
      }
      return counted(input.origin(), refusal, articleId);
    });
  }

  private Outcome counted(String origin, Refusal refusal, String articleId) {
    refused.computeIfAbsent(refusal.reason().name(), r -> new LongAdder()).increment();
    listener.onRefused(refusal.reason().name(), refusal.detail(), origin);
    return new Outcome(articleId, refusal);
  }

  // The dead letter carries the id when there is one, so a refused re-send can be matched.
  private static String idIfAny(ArticleDraft draft) {
    try {
      if (draft.url() != null) {
        return ArticleIds.fromUrl(draft.url());
      }
      return draft.text() == null || draft.text().isBlank() ? null : ArticleIds.fromText(draft.text());
    } catch (RefusedException e) {
      return null;
    }
  }

  private void release() {
    if (open.decrementAndGet() == 0) {
      report.complete(new IngestReport(
          read.get(),
          sentIds.size(),
          refused.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum())),
          bytes.get(),
          Duration.ofNanos(System.nanoTime() - startNanos),
          sentIds.stream().toList()));
    }
  }
}
