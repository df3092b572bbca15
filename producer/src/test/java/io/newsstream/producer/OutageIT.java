package io.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.kafka.LocalPorts;
import io.newsstream.producer.publish.KafkaPublisher;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A producer started before its broker, then waiting for its registry, says so and loses nothing. */
class OutageIT {
  private static final int ARTICLES = 20;
  @TempDir Path dir;

  @Test
  void brokerAndRegistryComingUpLateLoseNothing() throws Exception {
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(dir.resolve("a" + i + ".txt"), Texts.RUSSIAN + " Номер " + i + ".");
    }
    int kafkaPort = LocalPorts.free();
    int registryPort = LocalPorts.free();
    ProducerSettings settings = new ProducerSettings("localhost:" + kafkaPort, "http://localhost:" + registryPort,
        true, ProducerSettings.DEFAULT_MAX_TEXT_BYTES, Map.of("max.block.ms", "1000"));
    ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    warnings.start();
    ((Logger) LoggerFactory.getLogger(KafkaPublisher.class)).addAppender(warnings);

    try (NewsProducer producer = new NewsProducer(settings)) {
      CompletableFuture<IngestReport> ingest = CompletableFuture.supplyAsync(
          () -> producer.ingest(List.of(dir), IngestListener.NONE));
      Thread.sleep(2000);
      assertThat(ingest).isNotDone();

      EmbeddedKafkaBroker broker = KafkaCluster.startBroker(dir.resolve("kafka"), kafkaPort);
      SchemaRegistryServer registry = null;
      // The broker must stop before its temporary directory goes, whatever fails: one whose log
      // directory vanishes halts the test JVM.
      try {
        // The broker is up, the registry is not: the producer says so and keeps trying.
        awaitWarning(warnings, "schema registry at http://localhost:" + registryPort);
        assertThat(ingest).isNotDone();

        registry = KafkaCluster.startRegistry(broker.bootstrapServers(), registryPort);
        IngestReport report = ingest.get(60, TimeUnit.SECONDS);
        assertThat(report.sent()).isEqualTo(ARTICLES);
        assertThat(report.refused()).isZero();
        assertThat(new KafkaCluster(broker, registry).readAll(Topics.RAW)).hasSize(ARTICLES);
      } finally {
        if (registry != null) {
          registry.close();
        }
        broker.close();
      }
    } finally {
      ((Logger) LoggerFactory.getLogger(KafkaPublisher.class)).detachAppender(warnings);
    }
    assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(m -> assertThat(m).startsWith("Kafka at localhost:" + kafkaPort).contains("retrying"))
        .anySatisfy(m -> assertThat(m).startsWith("schema registry at http://localhost:" + registryPort).contains("retrying"));
  }

  /** Waits for a warning starting with {@code prefix}; retry pauses grow, so the wait is long. */
  private static void awaitWarning(ListAppender<ILoggingEvent> warnings, String prefix) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (warnings) { // the appender adds under its own lock
        if (warnings.list.stream().anyMatch(e -> e.getFormattedMessage().startsWith(prefix))) {
          return;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no warning starting with " + prefix);
  }
}
