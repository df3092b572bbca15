package io.newsstream.registry;

import static io.newsstream.registry.RegistryHttp.schemaRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.registry.RegistryHttp.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: anyone who reached the registry could delete schemas still used by records on a topic,
 * and change its config. Changes now need credentials, READONLY stops them all, reads stay open,
 * and a permanent delete of a subject whose topic holds records needs force=true.
 */
class RegistryAccessIT {
  private static final String V1 = """
      {"type": "record", "name": "Article", "namespace": "test", "fields": [{"name": "title", "type": "string"}]}""";
  private static final String V2 = """
      {"type": "record", "name": "Article", "namespace": "test", "fields": [{"name": "title", "type": "string"},
       {"name": "lang", "type": ["null", "string"], "default": null}]}""";

  @TempDir static Path kafkaDir;
  static EmbeddedKafkaBroker broker;
  static SchemaRegistryServer server;
  static RegistryHttp anyone;
  static RegistryHttp admin;

  @BeforeAll
  static void start() {
    broker = EmbeddedKafkaBroker.start(kafkaDir, 0, Map.of());
    SchemaRegistry registry = SchemaRegistry.open(broker.bootstrapServers(), (short) 1);
    server = SchemaRegistryServer.start(registry, "127.0.0.1", 0,
        RegistryAccess.of(Optional.of("admin:s3cret"), RegistryAccess.Mode.READWRITE));
    anyone = new RegistryHttp("http://127.0.0.1:" + server.port());
    admin = anyone.as("admin", "s3cret");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void changesNeedTheCredentialsWhileReadsAndKnownSchemasStayOpen() {
    Response refused = anyone.post("/subjects/open-value/versions", schemaRequest(V1));
    assertError(refused, 401, 40101);
    assertError(anyone.as("admin", "wrong").post("/subjects/open-value/versions", schemaRequest(V1)), 401, 40101);

    int id = admin.post("/subjects/open-value/versions", schemaRequest(V1)).body().get("id").asInt();
    // Registering what the subject already has changes nothing: clients that register on first use need no secret.
    assertThat(anyone.post("/subjects/open-value/versions", schemaRequest(V1)).body().get("id").asInt()).isEqualTo(id);
    assertThat(anyone.get("/schemas/ids/" + id).status()).isEqualTo(200);
    assertThat(anyone.get("/subjects/open-value/versions/latest").status()).isEqualTo(200);
    assertThat(anyone.post("/subjects/open-value", schemaRequest(V1)).status()).isEqualTo(200);

    assertError(anyone.post("/subjects/open-value/versions", schemaRequest(V2)), 401, 40101);
    assertError(anyone.delete("/subjects/open-value"), 401, 40101);
    assertError(anyone.delete("/subjects/open-value?permanent=true"), 401, 40101);
    assertError(anyone.put("/config", "{\"compatibility\":\"NONE\"}"), 401, 40101);
    assertError(anyone.put("/config/open-value", "{\"compatibility\":\"NONE\"}"), 401, 40101);
    assertError(anyone.put("/mode", "{\"mode\":\"READWRITE\"}"), 401, 40101);
    assertThat(anyone.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    assertThat(anyone.get("/subjects/open-value/versions").body().toString()).isEqualTo("[1]");
  }

  @Test
  void readOnlyModeRefusesEveryChangeWhoeverAsks() {
    admin.post("/subjects/frozen-value/versions", schemaRequest(V1));
    assertThat(admin.put("/mode", "{\"mode\":\"READONLY\"}").body().get("mode").asText()).isEqualTo("READONLY");
    try {
      assertThat(anyone.get("/mode").body().get("mode").asText()).isEqualTo("READONLY");
      assertError(admin.post("/subjects/frozen-value/versions", schemaRequest(V2)), 422, 42205);
      assertError(admin.delete("/subjects/frozen-value"), 422, 42205);
      assertError(admin.put("/config", "{\"compatibility\":\"NONE\"}"), 422, 42205);
      assertThat(anyone.post("/subjects/frozen-value/versions", schemaRequest(V1)).status()).isEqualTo(200);
      assertError(admin.put("/mode", "{\"mode\":\"READ\"}"), 422, 42204);
    } finally {
      assertThat(admin.put("/mode", "{\"mode\":\"READWRITE\"}").status()).isEqualTo(200);
    }
    assertThat(admin.post("/subjects/frozen-value/versions", schemaRequest(V2)).status()).isEqualTo(200);
  }

  @Test
  void aSubjectWhoseTopicHoldsRecordsIsNotDeletedPermanentlyWithoutForce() throws Exception {
    String topic = "guarded";
    try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
        KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new StringSerializer(), new StringSerializer())) {
      kafka.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
      producer.send(new ProducerRecord<>(topic, "k", "a record that carries the schema id")).get();
    }
    int id = admin.post("/subjects/guarded-value/versions", schemaRequest(V1)).body().get("id").asInt();
    assertThat(admin.delete("/subjects/guarded-value").status()).isEqualTo(200);

    Response refused = admin.delete("/subjects/guarded-value?permanent=true");
    assertError(refused, 422, 42206);
    assertThat(refused.body().get("message").asText()).contains("guarded", "1 records", "force=true");
    // Soft-deleted, the id still resolves, and registering the schema again gives it back.
    assertThat(anyone.get("/schemas/ids/" + id).status()).isEqualTo(200);
    assertThat(admin.post("/subjects/guarded-value/versions", schemaRequest(V1)).body().get("id").asInt())
        .isEqualTo(id);
    assertThat(admin.delete("/subjects/guarded-value").status()).isEqualTo(200);

    assertThat(admin.delete("/subjects/guarded-value?permanent=true&force=true").body().toString())
        .isEqualTo("[1,2]");
    // A subject with no topic behind it goes without force.
    admin.post("/subjects/no-such-topic-value/versions", schemaRequest(V1));
    admin.delete("/subjects/no-such-topic-value");
    assertThat(admin.delete("/subjects/no-such-topic-value?permanent=true").status()).isEqualTo(200);
  }

  private static void assertError(Response response, int status, int errorCode) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.errorCode()).as(response.text()).isEqualTo(errorCode);
  }
}
