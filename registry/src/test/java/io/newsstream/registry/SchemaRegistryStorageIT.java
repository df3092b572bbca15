package io.newsstream.registry;

import static io.newsstream.registry.RegistryHttp.schemaRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.kafka.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's state in Kafka: kept across restarts, written before it is served, refused on a
 * topic that is not compacted. Each test has a broker of its own.
 */
class SchemaRegistryStorageIT {
  private static final String V1 =
      "{\"type\":\"record\",\"name\":\"Session\",\"fields\":[{\"name\":\"number\",\"type\":\"int\"}]}";
  private static final String V2 = "{\"type\":\"record\",\"name\":\"Session\",\"fields\":["
      + "{\"name\":\"number\",\"type\":\"int\"},{\"name\":\"region\",\"type\":\"string\",\"default\":\"KZ\"}]}";
  private static final String GONE = "{\"type\":\"fixed\",\"name\":\"Gone\",\"size\":4}";
  private static final String NEW = "{\"type\":\"enum\",\"name\":\"Level\",\"symbols\":[\"NATIONAL\",\"REGIONAL\"]}";

  @TempDir Path kafkaDir;

  @Test
  void idsVersionsAndConfigsSurviveARestart() {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafkaDir, 0, Map.of())) {
      int id1;
      int id2;
      int goneId;
      try (SchemaRegistryServer first = SchemaRegistryServer.start(broker.bootstrapServers(), 0, (short) 1)) {
        RegistryHttp http = new RegistryHttp(first.url());
        id1 = http.post("/subjects/sessions-value/versions", schemaRequest(V1)).body().get("id").asInt();
        id2 = http.post("/subjects/sessions-value/versions", schemaRequest(V2)).body().get("id").asInt();
        http.post("/subjects/copy-value/versions", schemaRequest(V1));
        http.delete("/subjects/copy-value");
        goneId = http.post("/subjects/gone-value/versions", schemaRequest(GONE)).body().get("id").asInt();
        http.delete("/subjects/gone-value");
        http.delete("/subjects/gone-value?permanent=true");
        http.put("/config", "{\"compatibility\":\"FORWARD\"}");
        http.put("/config/sessions-value", "{\"compatibility\":\"FULL\"}");
      }

      try (SchemaRegistryServer second = SchemaRegistryServer.start(broker.bootstrapServers(), 0, (short) 1)) {
        RegistryHttp http = new RegistryHttp(second.url());
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"sessions-value\"]");
        assertThat(http.get("/subjects?deleted=true").body().toString())
            .isEqualTo("[\"copy-value\",\"sessions-value\"]");
        assertThat(http.get("/subjects/sessions-value/versions").body().toString()).isEqualTo("[1,2]");
        assertThat(http.get("/subjects/sessions-value/versions/1").body().get("id").asInt()).isEqualTo(id1);
        assertThat(http.get("/subjects/sessions-value/versions/latest").body().get("id").asInt()).isEqualTo(id2);
        assertThat(http.get("/schemas/ids/" + id1).status()).isEqualTo(200);
        assertThat(http.get("/schemas/ids/" + goneId).status()).isEqualTo(404);
        assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("FORWARD");
        assertThat(http.get("/config/sessions-value").body().get("compatibilityLevel").asText()).isEqualTo("FULL");

        // Writes go on where the first registry stopped: same ids for known schemas, new ones after all.
        assertThat(http.post("/subjects/sessions-value/versions", schemaRequest(V1)).body().get("id").asInt())
            .isEqualTo(id1);
        assertThat(http.post("/subjects/copy-value/versions", schemaRequest(V1)).body().get("id").asInt())
            .isEqualTo(id1);
        assertThat(http.get("/subjects/copy-value/versions").body().toString()).isEqualTo("[2]");
        assertThat(http.post("/subjects/levels-value/versions", schemaRequest(NEW)).body().get("id").asInt())
            .isGreaterThan(goneId);
      }
    }
  }

  @Test
  void aWriteTheBrokerDoesNotAcknowledgeIsRefusedAndNotServed() {
    // Short client timeouts, so that the refusal comes in seconds.
    Map<String, String> impatient =
        Map.of("delivery.timeout.ms", "3000", "request.timeout.ms", "1000", "max.block.ms", "2000");
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafkaDir, 0, Map.of());
    try (SchemaRegistryServer server =
        SchemaRegistryServer.start(SchemaRegistry.open(broker.bootstrapServers(), (short) 1, impatient), 0)) {
      RegistryHttp http = new RegistryHttp(server.url());
      // The impatient timeouts hold for the first write too, on a broker just started: it is
      // retried (a refused write stores nothing) until the broker has acknowledged one.
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      int status;
      do {
        status = http.post("/subjects/sessions-value/versions", schemaRequest(V1)).status();
      } while (status != 200 && System.nanoTime() < deadline);
      assertThat(status).isEqualTo(200);
      broker.close();

      RegistryHttp.Response refused = http.post("/subjects/unwritten-value/versions", schemaRequest(V2));
      assertThat(refused.status()).isEqualTo(500);
      assertThat(refused.errorCode()).isEqualTo(50001);
      assertThat(refused.text()).doesNotContain("\tat ");
      assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"sessions-value\"]");
    }
  }

  @Test
  void refusesATopicThatIsNotCompacted() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(kafkaDir, 0, Map.of());
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(SchemaLog.TOPIC, 1, (short) 1)
          .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)))).all().get();

      assertThatThrownBy(() -> SchemaRegistry.open(broker.bootstrapServers(), (short) 1))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cleanup.policy=delete");
    }
  }
}
