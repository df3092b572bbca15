package io.newsstream.producer.publish;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerializer;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to Kafka with Avro values whose schemas live in a Confluent-API registry.
 *
 * <p>Nothing is given up before the caller's deadline while the broker or the registry is away: a
 * send that finds no broker (or no room in the buffer) or no registry is retried with back-off in
 * the sending thread, which so slows the readers down; past the deadline a send fails at once.
 * Records already handed to the client are retried by it without a deadline (the caller may stop
 * waiting for them). Both are logged as warnings, at most every few seconds, and a watchdog warns when
 * nothing has been acknowledged for a while.
 */
public final class KafkaPublisher implements Publisher {
  private static final Logger log = LoggerFactory.getLogger(KafkaPublisher.class);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final Duration STALL = Duration.ofSeconds(10);
  private static final Duration WARNING_INTERVAL = Duration.ofSeconds(5);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaProducer<String, SpecificRecord> producer;
  private final String bootstrapServers;
  private final ScheduledExecutorService watchdog;
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong lastProgressNanos = new AtomicLong(System.nanoTime());
  // Per kind of warning, when it was last logged.
  private final Map<String, AtomicLong> lastWarnings = new ConcurrentHashMap<>();
  private volatile boolean closing;

  /**
   * @param kafkaConfig producer properties, see {@link KafkaProps#producer}
   * @param autoRegister whether to register the record schemas on first use
   */
  public KafkaPublisher(Map<String, Object> kafkaConfig, String registryUrl, boolean autoRegister) {
    this.bootstrapServers = String.valueOf(kafkaConfig.get("bootstrap.servers"));
    this.producer = new KafkaProducer<>(kafkaConfig, new StringSerializer(),
        new AvroSerializer<>(new HttpSchemaRegistryClient(registryUrl, kafkaConfig), false, autoRegister));
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsstream-producer-watchdog");
      t.setDaemon(true);
      return t;
    });
    watchdog.scheduleWithFixedDelay(this::warnIfStalled, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public CompletableFuture<Void> publish(RawArticle article, String contentType, Instant giveUpAt) {
    ProducerRecord<String, SpecificRecord> record = new ProducerRecord<>(Topics.RAW.name(), article.getId(), article);
    if (article.getSource() != null) {
      record.headers().add(RecordHeaders.SOURCE, article.getSource().getBytes(StandardCharsets.UTF_8));
    }
    record.headers().add(RecordHeaders.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
    return send(record, giveUpAt);
  }

  @Override
  public CompletableFuture<Void> reject(RejectedInput rejected, Instant giveUpAt) {
    return send(new ProducerRecord<>(Topics.DLQ.name(), rejected.getArticleId(), rejected), giveUpAt);
  }

  private CompletableFuture<Void> send(ProducerRecord<String, SpecificRecord> record, Instant giveUpAt) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Duration backoff = FIRST_BACKOFF;
    while (true) {
      if (Instant.now().isAfter(giveUpAt)) {
        // Past the deadline, a send would only block for metadata (max.block.ms) to fail anyway.
        done.completeExceptionally(new TimeoutException("Kafka or the schema registry stayed unreachable"));
        return done;
      }
      Attempt attempt = new Attempt(done);
      try {
        pending.incrementAndGet();
        producer.send(record, attempt);
        attempt.returned = true;
        if (attempt.retriable == null) {
          return done;
        }
        warn("Kafka at {} did not take a record for {} (broker down, or topic missing?): {}; retrying, nothing is lost",
            bootstrapServers, record.topic(), attempt.retriable.getMessage());
      } catch (SerializationException e) {
        pending.decrementAndGet();
        if (!(e.getCause() instanceof SchemaRegistryUnavailableException)) {
          done.completeExceptionally(e);
          return done;
        }
        // The registry client's message names the registry and what failed.
        warn("{}; retrying in {} ms, nothing is lost", e.getCause().getMessage(), backoff.toMillis());
      } catch (RuntimeException e) { // closed producer, bad configuration, interrupt
        pending.decrementAndGet();
        done.completeExceptionally(e);
        return done;
      }
      if (Instant.now().plus(backoff).isAfter(giveUpAt)) {
        done.completeExceptionally(new TimeoutException("Kafka or the schema registry stayed unreachable"));
        return done;
      }
      if (closing || !pause(backoff)) {
        done.completeExceptionally(new IllegalStateException("shut down before Kafka took the record"));
        return done;
      }
      backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
    }
  }

  /**
   * One try at sending. A retriable failure reported inside {@code send} itself (no metadata, a
   * full buffer, after {@code max.block.ms}) is kept for the sending thread to retry; anything
   * else settles the record's future.
   */
  private final class Attempt implements Callback {
    private final CompletableFuture<Void> done;
    volatile boolean returned;
    volatile Exception retriable;

    Attempt(CompletableFuture<Void> done) {
      this.done = done;
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception e) {
      pending.decrementAndGet();
      lastProgressNanos.set(System.nanoTime());
      if (e == null) {
        done.complete(null);
      } else if (!returned && e instanceof RetriableException && !closing) {
        retriable = e;
      } else {
        done.completeExceptionally(e);
      }
    }
  }

  private static boolean pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void warnIfStalled() {
    long waiting = pending.get();
    long quietNanos = System.nanoTime() - lastProgressNanos.get();
    if (waiting > 0 && quietNanos > STALL.toNanos()) {
      warn("Kafka at {} has acknowledged nothing for {} s; {} records waiting, still retrying",
          bootstrapServers, TimeUnit.NANOSECONDS.toSeconds(quietNanos), waiting);
    } else if (waiting == 0) {
      lastProgressNanos.set(System.nanoTime());
    }
  }

  // One warning of a kind every few seconds is news; one per record in an outage is noise.
  private void warn(String format, Object... args) {
    long now = System.nanoTime();
    AtomicLong last = lastWarnings.computeIfAbsent(format, f -> new AtomicLong(now - WARNING_INTERVAL.toNanos()));
    long then = last.get();
    if (now - then >= WARNING_INTERVAL.toNanos() && last.compareAndSet(then, now)) {
      log.warn(format, args);
    }
  }

  @Override
  public void close() {
    closing = true;
    producer.close(CLOSE_TIMEOUT);
    watchdog.shutdownNow();
    long lost = pending.get();
    if (lost > 0) {
      log.error("{} records were not acknowledged by Kafka at {} within {} s of shutdown",
          lost, bootstrapServers, CLOSE_TIMEOUT.toSeconds());
    }
  }
}
