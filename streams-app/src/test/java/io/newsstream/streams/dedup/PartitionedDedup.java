package io.newsstream.streams.dedup;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.schema.RawArticle;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.InMemorySchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.dedup.records.DedupMatch;
import io.newsstream.streams.dedup.records.DedupMessage;
import io.newsstream.streams.dedup.records.DedupState;
import io.newsstream.streams.dedup.records.IndexedSketch;
import io.newsstream.streams.validate.Validated;
import io.newsstream.text.Fingerprint;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * {@link Deduplicator} on several partitions at once, without Kafka: one processor per partition
 * with its own stores, and the links topic played by a queue that delivers each message where the
 * app's partitioner would (a sketch to the partitions it names, anything else to its key's). The
 * TopologyTestDriver has one partition only; this is how the sketches and answers between
 * partitions are tested apart from the broker.
 */
final class PartitionedDedup {
  static final Instant START = Instant.parse("2024-05-02T09:00:00Z");
  static final Duration MAX_WAIT = Duration.ofMinutes(2);
  private static final Duration RETENTION = Duration.ofDays(30);

  private final int partitions;
  private final Path stateDir;
  private final SchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  private final List<Deduplicator> processors = new ArrayList<>();
  private final List<MockProcessorContext<String, Emitted>> contexts = new ArrayList<>();
  private final Deque<Delivery> links = new ArrayDeque<>();
  /** The latest result per article id: the output topics read as tables. */
  final Map<String, DedupResult> results = new LinkedHashMap<>();
  /** Every message sent between partitions, as sent. */
  final List<Record<String, DedupMessage>> messagesSent = new ArrayList<>();
  private Predicate<Record<String, DedupMessage>> lost = message -> false;
  private final List<Delivery> held = new ArrayList<>();
  private final long[] streamTimes;
  private long wallClock = START.toEpochMilli();

  private record Delivery(int partition, Record<String, DedupMessage> message) {}

  PartitionedDedup(int partitions, Path stateDir) {
    this.partitions = partitions;
    this.streamTimes = new long[partitions];
    this.stateDir = stateDir;
    for (int p = 0; p < partitions; p++) {
      MockProcessorContext<String, Emitted> context = context(p);
      addStore(context, Deduplicator.VERDICTS, RETENTION, false, avro(DedupState.class, registry));
      addStore(context, Deduplicator.SKETCHES, RETENTION, false, avro(IndexedSketch.class, registry));
      addStore(context, Deduplicator.FOLLOWERS, RETENTION, true, avro(DedupMatch.class, registry));
      contexts.add(context);
      processors.add(started(context));
    }
  }

  /**
   * The partition's processor starts again on its stores, as after a crash or a move to another
   * instance: what it held in memory is gone.
   */
  void restart(int partition) {
    MockProcessorContext<String, Emitted> before = contexts.get(partition);
    MockProcessorContext<String, Emitted> context = context(partition);
    for (String store : List.of(Deduplicator.VERDICTS, Deduplicator.SKETCHES, Deduplicator.FOLLOWERS)) {
      context.addStateStore(before.getStateStore(store));
    }
    contexts.set(partition, context);
    processors.set(partition, started(context));
  }

  private MockProcessorContext<String, Emitted> context(int partition) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "partitioned-dedup");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    MockProcessorContext<String, Emitted> context =
        new MockProcessorContext<>(config, new TaskId(0, partition), stateDir.resolve("p" + partition).toFile());
    context.setCurrentSystemTimeMs(wallClock);
    context.setCurrentStreamTimeMs(streamTimes[partition]);
    return context;
  }

  private Deduplicator started(MockProcessorContext<String, Emitted> context) {
    Deduplicator processor = new Deduplicator(NearDuplicateDetector.standard(), partitions, RETENTION, MAX_WAIT);
    processor.init(context);
    return processor;
  }

  /** Messages matching this are held back on the way, as a record of a stuck partition would be. */
  void holdBack(Predicate<Record<String, DedupMessage>> messages) {
    lost = messages;
  }

  /** Delivers what was held back, late, and all it sets off. */
  void deliverHeldBack() {
    lost = message -> false;
    links.addAll(held);
    held.clear();
    deliverAll();
  }

  /** The article arrives on its home partition; everything it sets off is delivered. */
  void send(String id, String text, Instant eventTime) {
    RawArticle article = RawArticle.newBuilder().setId(id).setText(text).setFetchedAt(eventTime).build();
    Validated accepted = new Validated(Fingerprint.of(text), article, null);
    process(home(id), new Record<>(id, DedupInput.arrival(accepted), eventTime.toEpochMilli()));
    deliverAll();
  }

  /** Moves every partition's wall clock on, and runs the punctuations that are due. */
  void advanceWallClock(Duration by) {
    wallClock += by.toMillis();
    for (int p = 0; p < partitions; p++) {
      MockProcessorContext<String, Emitted> context = contexts.get(p);
      context.setCurrentSystemTimeMs(wallClock);
      for (MockProcessorContext.CapturedPunctuator punctuator : List.copyOf(context.scheduledPunctuators())) {
        if (punctuator.getType() == PunctuationType.WALL_CLOCK_TIME && !punctuator.cancelled()) {
          punctuator.getPunctuator().punctuate(wallClock);
        }
      }
      collect(p);
    }
    deliverAll();
  }

  int home(String id) {
    // As Kafka's default partitioner places a String key.
    return Utils.toPositive(Utils.murmur2(Serdes.String().serializer().serialize("", id))) % partitions;
  }

  private void process(int partition, Record<String, DedupInput> record) {
    MockProcessorContext<String, Emitted> context = contexts.get(partition);
    streamTimes[partition] = Math.max(streamTimes[partition], record.timestamp());
    context.setCurrentStreamTimeMs(streamTimes[partition]);
    processors.get(partition).process(record);
    collect(partition);
  }

  private void collect(int partition) {
    MockProcessorContext<String, Emitted> context = contexts.get(partition);
    for (var forwarded : context.forwarded()) {
      Record<? extends String, ? extends Emitted> record = forwarded.record();
      Emitted emitted = record.value();
      if (!emitted.isMessage()) {
        results.put(record.key(), emitted.result());
        continue;
      }
      Record<String, DedupMessage> message = new Record<>(record.key(), emitted.message(), record.timestamp());
      messagesSent.add(message);
      List<Delivery> deliveries = emitted.message().getTo().isEmpty()
          ? List.of(new Delivery(home(record.key()), message))
          : emitted.message().getTo().stream().map(to -> new Delivery(to, message)).toList();
      (lost.test(message) ? held : links).addAll(deliveries);
    }
    context.resetForwards();
  }

  private void deliverAll() {
    while (!links.isEmpty()) {
      Delivery delivery = links.poll();
      Record<String, DedupMessage> message = delivery.message();
      process(delivery.partition(), message.withValue(DedupInput.message(message.value())));
    }
  }

  private static <V> void addStore(MockProcessorContext<String, Emitted> context, String name, Duration retention,
      boolean duplicates, Serde<V> values) {
    WindowStore<String, V> store = Stores.windowStoreBuilder(
            Stores.inMemoryWindowStore(name, retention, retention, duplicates), Serdes.String(), values)
        .withLoggingDisabled()
        .build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
  }

  private static <T extends SpecificRecord> Serde<T> avro(Class<T> type, SchemaRegistryClient registry) {
    return AvroSerdes.internalValues(type, registry);
  }
}
