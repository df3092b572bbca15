package io.newsstream.launcher.bench;

import io.newsstream.schema.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * What Kafka Streams itself allows on this machine and broker: {@code stream(in).to(out)} with the
 * streams app's own configuration (exactly-once, commit interval, threads) under an application id
 * of its own, over the records already on {@code news.raw.v1}. Its rate is the records over the
 * time from the app (or its first stream thread) reaching RUNNING (start-up left out) to the last record being readable with
 * read_committed. Not the pipeline's tenth-to-last window: the pass-through clears its backlog in a
 * few transactions, and records become readable a whole transaction at a time, so that window
 * could fall between two commits and measure nothing.
 */
public final class Baseline {
  public static final String OUTPUT = "bench.baseline.v1";
  private static final String APPLICATION_ID = "newsstream-bench-baseline";

  private Baseline() {}

  /**
   * @param appConfig the streams app's configuration; its application id and state dir are replaced
   * @param records how many records news.raw.v1 holds
   * @param onProgress told the records passed so far, every second or so
   * @return records per second, sustained
   */
  public static double recordsPerSecond(Properties appConfig, String stateDir, long records, int partitions,
      Duration timeout, LongConsumer onProgress) throws InterruptedException {
    Properties config = new Properties();
    config.putAll(appConfig);
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
    String bootstrap = config.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
    createOutput(bootstrap, partitions);

    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.RAW.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("baseline-in"))
        .to(OUTPUT, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("baseline-out"));
    try (KafkaConsumer<byte[], byte[]> consumer = outputConsumer(bootstrap, partitions);
        KafkaStreams streams = new KafkaStreams(builder.build(config), config)) {
      AtomicLong runningSince = new AtomicLong();
      streams.setStateListener((now, before) -> {
        if (now == KafkaStreams.State.RUNNING) {
          runningSince.compareAndSet(0, System.nanoTime());
        }
      });
      streams.start();
      long seen = 0;
      long deadline = System.nanoTime() + timeout.toNanos();
      long lastShown = System.nanoTime();
      while (seen < records) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the baseline passed " + seen + " of " + records + " records in " + timeout);
        }
        if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.PENDING_ERROR) {
          throw new IllegalStateException("the baseline's streams app failed; the log says why");
        }
        seen += consumer.poll(Duration.ofMillis(100)).count();
        long now = System.nanoTime();
        // With several stream threads the client is RUNNING only once all are: a thread that got its
        // tasks first may clear the whole backlog before. The clock starts with the first one.
        if (runningSince.get() == 0 && streams.metadataForLocalThreads().stream()
            .anyMatch(thread -> thread.threadState().equals("RUNNING"))) {
          runningSince.compareAndSet(0, now);
        }
        if (now - lastShown > 1_000_000_000L) {
          lastShown = now;
          onProgress.accept(seen);
        }
      }
      long elapsed = System.nanoTime() - runningSince.get();
      streams.close(CloseOptions.timeout(Duration.ofSeconds(30)));
      return records * 1e9 / elapsed;
    }
  }

  private static void createOutput(String bootstrap, int partitions) throws InterruptedException {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(OUTPUT, partitions, (short) 1)
          .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(Topics.MAX_MESSAGE_BYTES)))))
          .all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not create " + OUTPUT + ": " + e.getCause().getMessage(), e);
    }
  }

  private static KafkaConsumer<byte[], byte[]> outputConsumer(String bootstrap, int partitions) {
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> all = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      all.add(new TopicPartition(OUTPUT, p));
    }
    consumer.assign(all);
    consumer.seekToBeginning(all);
    return consumer;
  }
}
