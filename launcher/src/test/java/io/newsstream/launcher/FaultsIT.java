package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.kafka.LocalPorts;
import io.newsstream.producer.IngestListener;
import io.newsstream.producer.IngestReport;
import io.newsstream.producer.NewsProducer;
import io.newsstream.producer.ProducerSettings;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.Topics;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.streams.StreamsSettings;
import io.newsstream.language.LanguageDetector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster's parts failing under a running pipeline: the broker stopped and started again
 * mid-run, then the schema registry gone for 30 s while a producer that has not met it yet sends.
 * The producers wait, the app carries on, and in the end (read with read_committed) every
 * article has exactly one verdict and nothing was written twice.
 */
class FaultsIT {
  private static final int BEFORE_REGISTRY_OUTAGE = 300;
  private static final int DURING_REGISTRY_OUTAGE = 150;
  private static final Duration REGISTRY_AWAY = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void theBrokerRestartedAndTheRegistryAwayForThirtySecondsMidRunLoseNothing() throws Exception {
    int kafkaPort = LocalPorts.free();
    int registryPort = LocalPorts.free();
    Path kafkaDir = dir.resolve("kafka");
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafkaDir, kafkaPort, Map.of());
    String bootstrap = broker.bootstrapServers();
    SchemaRegistryServer registry = null;
    List<String> ids = new ArrayList<>();
    CrashIT.Feeder feed = new CrashIT.Feeder(ids);
    // Whatever fails, the broker must stop before its temporary directory goes: a broker whose log
    // directory vanishes halts the whole test JVM, and every later test with it.
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      registry = SchemaRegistryServer.start(bootstrap, registryPort, (short) 1);
      String registryUrl = registry.url();
      Topics.ensureExist(admin, 2, (short) 1);
      try (ServedInstance app = ServedInstance.start(
              StreamsSettings.defaults(bootstrap, registryUrl, dir.resolve("streams"))
                  .withReplicationFactor(1).withLanguageAccuracy(LanguageDetector.Accuracy.LOW));
          NewsProducer first = producer(bootstrap, registryUrl)) {
        CompletableFuture<IngestReport> sending =
            CompletableFuture.supplyAsync(() -> first.ingest(feed.next(BEFORE_REGISTRY_OUTAGE), IngestListener.NONE));
        CrashIT.awaitVerdictRecords(admin, BEFORE_REGISTRY_OUTAGE / 3, () -> { });
        broker.close();
        broker = EmbeddedKafkaBroker.start(kafkaDir, kafkaPort, Map.of());
        assertThat(sending.join().sent()).isEqualTo(BEFORE_REGISTRY_OUTAGE);
        // One fault after the other: the registry goes once the app writes to the restarted broker.
        // Stream threads replaced within a second of the restart once left an aborted transaction's
        // offsets pending in the group coordinator for minutes (Kafka 4.3.1), and the app waiting.
        CrashIT.awaitVerdictRecords(admin, BEFORE_REGISTRY_OUTAGE * 2 / 3, () -> { });

        registry.close();
        try (NewsProducer second = producer(bootstrap, registryUrl)) {
          // A producer that has not met the registry yet: it has no schema id to send with.
          CompletableFuture<IngestReport> waiting =
              CompletableFuture.supplyAsync(() -> second.ingest(feed.next(DURING_REGISTRY_OUTAGE), IngestListener.NONE));
          Thread.sleep(REGISTRY_AWAY.toMillis()); // the outage itself, not a wait for a state
          assertThat(waiting).as("the producer waits for the registry").isNotDone();
          registry = SchemaRegistryServer.start(bootstrap, registryPort, (short) 1);
          assertThat(waiting.join().sent()).isEqualTo(DURING_REGISTRY_OUTAGE);
        }

        JsonNode drained = app.awaitJson("/health/ready?drained=true", body -> true);
        assertThat(drained.path("backlog").asLong()).isZero();
        OutputAudit audit = OutputAudit.read(bootstrap, new HttpSchemaRegistryClient(registryUrl));
        System.out.println("FaultsIT: " + audit.summary());
        audit.assertExactlyOnce(ids);
        JsonNode stats = app.awaitJson("/api/stats", body -> true);
        assertThat(stats.path("articles").asLong()).isEqualTo(audit.published().size());
        assertThat(stats.path("duplicates").asLong()).isEqualTo(audit.duplicates().size());
      }
    } finally {
      if (registry != null) {
        registry.close();
      }
      broker.close();
    }
  }

  private static NewsProducer producer(String bootstrap, String registryUrl) {
    return new NewsProducer(new ProducerSettings(bootstrap, registryUrl, true, ProducerSettings.DEFAULT_MAX_TEXT_BYTES, Map.of()));
  }
}
