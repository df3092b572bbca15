package io.newsstream.producer;

import io.newsstream.dlq.TextLimits;
import io.newsstream.producer.publish.DryRunPublisher;
import io.newsstream.producer.publish.KafkaProps;
import io.newsstream.producer.publish.KafkaPublisher;
import io.newsstream.producer.publish.Publisher;
import io.newsstream.producer.source.Input;
import io.newsstream.producer.source.InputReader;
import io.newsstream.producer.source.PathSource;
import io.newsstream.producer.validate.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The producer: reads inputs, validates them and publishes each article to {@code news.raw.v1}
 * (Avro, keyed by its deterministic id) and each refused input to {@code news.dlq.v1}. One per
 * process; thread-safe, so the CLI, the HTTP endpoint and the inbox watcher can share it.
 */
public final class NewsProducer implements AutoCloseable {
  private final Publisher publisher;
  private final Validator validator;
  private final InputReader reader;
  private final PathSource paths;
  private final ExecutorService deadLetters;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Connects to Kafka and the schema registry (lazily: an outage at start is waited out). */
  public NewsProducer(ProducerSettings settings) {
    this(settings, new KafkaPublisher(
        KafkaProps.producer(settings.bootstrapServers(), settings.maxTextBytes(), settings.kafkaOverrides()),
        settings.schemaRegistryUrl(),
        settings.autoRegisterSchemas()));
  }

  NewsProducer(ProducerSettings settings, Publisher publisher) {
    this.publisher = publisher;
    this.validator = new Validator(TextLimits.DEFAULT.withMaxBytes(settings.maxTextBytes()));
    this.reader = new InputReader(settings.maxTextBytes());
    this.paths = new PathSource(reader);
    this.deadLetters = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "newsstream-producer-dead-letters");
      t.setDaemon(true);
      return t;
    });
  }

  /** A producer that reads and validates but publishes nothing, for {@code --dry-run}. */
  public static NewsProducer dryRun(ProducerSettings settings) {
    return new NewsProducer(settings, new DryRunPublisher());
  }

  /**
   * Reads files, directories (recursively) and {@code -} (stdin), publishes what they hold, and
   * returns once every item is acknowledged or refused.
   */
  public IngestReport ingest(List<Path> inputs, IngestListener listener) {
    return ingest(inputs, listener, null);
  }

  /**
   * Like {@link #ingest(List, IngestListener)}, but gives up on the broker and the registry after
   * {@code timeout}: what Kafka has not taken by then is refused as SEND_FAILED, so every item
   * read is either sent or refused.
   *
   * @param timeout null: wait for them forever
   */
  public IngestReport ingest(List<Path> inputs, IngestListener listener, Duration timeout) {
    return ingestAsync(inputs, listener, timeout).join();
  }

  /** Like {@link #ingest}, but returns once everything is read, before it is acknowledged. */
  CompletableFuture<IngestReport> ingestAsync(List<Path> inputs, IngestListener listener) {
    return ingestAsync(inputs, listener, null);
  }

  private CompletableFuture<IngestReport> ingestAsync(List<Path> inputs, IngestListener listener, Duration timeout) {
    Ingestion ingestion = begin(listener, timeout);
    try {
      for (Path file : PathSource.expand(inputs)) {
        paths.read(file, ingestion);
      }
    } catch (Ingestion.StoppedException e) {
      // Shutting down: what was read is settled, the rest stays where it is.
    }
    return ingestion.finish();
  }

  /**
   * Publishes items a program made rather than read from paths (the load benchmark's feed), as
   * a source would hand them over, and returns once every one is acknowledged or refused. The
   * iterator is asked for the next item only once the previous one is handed to Kafka, so it may
   * pace the sending.
   */
  public IngestReport ingest(Iterator<? extends Input> items, IngestListener listener) {
    Ingestion ingestion = begin(listener, null);
    try {
      while (items.hasNext()) {
        ingestion.submit(items.next());
      }
    } catch (Ingestion.StoppedException e) {
      // Shutting down: what was handed over is settled, the rest is not sent.
    }
    return ingestion.finish().join();
  }

  /**
   * A new ingestion to submit items to, for sources other than paths.
   *
   * @param patience how long, from now, items may wait for an unreachable broker or registry; null: forever
   */
  Ingestion begin(IngestListener listener, Duration patience) {
    return new Ingestion(publisher, validator, listener, deadLetters, closed::get, patience);
  }

  boolean isClosed() {
    return closed.get();
  }

  InputReader reader() {
    return reader;
  }

  /** Stops reading, then waits until everything in flight is acknowledged (or times out). */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    publisher.close();
    deadLetters.shutdown();
    try {
      deadLetters.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
