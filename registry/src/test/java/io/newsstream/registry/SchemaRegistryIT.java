package io.newsstream.registry;

import static io.newsstream.registry.RegistryHttp.schemaRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.registry.RegistryHttp.Response;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over HTTP, on a real broker. Each test has subjects of its own. */
class SchemaRegistryIT {
  private static final String V1 = """
      {
        "type": "record", "name": "Article", "namespace": "test",
        "fields": [ {"name": "title", "type": "string"} ]
      }""";
  private static final String V2_WITH_DEFAULT = record(
      "{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"lang\",\"type\":\"string\",\"default\":\"ru\"}");
  private static final String V2_WITHOUT_DEFAULT = record(
      "{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"lang\",\"type\":\"string\"}");

  @TempDir static Path kafkaDir;
  static EmbeddedKafkaBroker broker;
  static SchemaRegistryServer server;
  static Javalin shared;
  static RegistryHttp http;
  static RegistryHttp prefixed;

  @BeforeAll
  static void start() {
    broker = EmbeddedKafkaBroker.start(kafkaDir, 0, Map.of());
    SchemaRegistry registry = SchemaRegistry.open(broker.bootstrapServers(), (short) 1);
    server = SchemaRegistryServer.start(registry, 0);
    http = new RegistryHttp(server.url());
    // The same registry (one writer) also mounted under a prefix, beside another route, as the
    // embedded default serves it.
    shared = Javalin.create(config -> config.showJavalinBanner = false);
    RegistryRoutes.mount(shared, "/registry", registry);
    shared.get("/other", ctx -> ctx.result("other"));
    shared.start(0);
    prefixed = new RegistryHttp("http://localhost:" + shared.port() + "/registry");
  }

  @AfterAll
  static void stop() {
    if (shared != null) {
      shared.stop();
    }
    if (server != null) {
      server.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void registersLooksUpAndServesASchema() {
    Response registered = http.post("/subjects/articles-value/versions", schemaRequest(V1));
    assertThat(registered.status()).isEqualTo(200);
    assertThat(registered.contentType()).startsWith(RegistryRoutes.CONTENT_TYPE);
    int id = registered.body().get("id").asInt();

    // Layout does not make a new version; another subject reuses the global id.
    String compact = new Schema.Parser().parse(V1).toString();
    assertThat(http.post("/subjects/articles-value/versions", schemaRequest(compact)).body().get("id").asInt())
        .isEqualTo(id);
    assertThat(http.post("/subjects/with%20space-value/versions", schemaRequest(V1)).body().get("id").asInt())
        .isEqualTo(id);

    JsonNode found = http.post("/subjects/articles-value", schemaRequest(V1)).body();
    assertThat(found.get("subject").asText()).isEqualTo("articles-value");
    assertThat(found.get("version").asInt()).isEqualTo(1);
    assertThat(found.get("id").asInt()).isEqualTo(id);
    assertThat(new Schema.Parser().parse(found.get("schema").asText())).isEqualTo(new Schema.Parser().parse(V1));

    assertThat(http.get("/schemas/ids/" + id).body().get("schema").asText()).isEqualTo(compact);
    assertThat(texts(http.get("/subjects").body())).contains("articles-value", "with space-value");
    assertThat(http.get("/subjects/articles-value/versions").body().toString()).isEqualTo("[1]");
    JsonNode latest = http.get("/subjects/articles-value/versions/latest").body();
    assertThat(latest.get("version").asInt()).isEqualTo(1);
    assertThat(latest.get("id").asInt()).isEqualTo(id);
    assertThat(http.get("/subjects/articles-value/versions/1").body()).isEqualTo(latest);
    assertThat(http.get("/subjects/articles-value/versions/1/schema").body().get("name").asText())
        .isEqualTo("Article");
  }

  @Test
  void evolvesUnderTheBackwardDefault() {
    int v1 = http.post("/subjects/evolving-value/versions", schemaRequest(V1)).body().get("id").asInt();

    JsonNode compatible = http.post("/compatibility/subjects/evolving-value/versions/latest",
        schemaRequest(V2_WITH_DEFAULT)).body();
    assertThat(compatible.get("is_compatible").asBoolean()).isTrue();
    JsonNode incompatible = http.post("/compatibility/subjects/evolving-value/versions/latest",
        schemaRequest(V2_WITHOUT_DEFAULT)).body();
    assertThat(incompatible.get("is_compatible").asBoolean()).isFalse();
    assertThat(incompatible.get("messages").toString()).contains("READER_FIELD_MISSING_DEFAULT");

    Response refused = http.post("/subjects/evolving-value/versions", schemaRequest(V2_WITHOUT_DEFAULT));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.errorCode()).isEqualTo(409);
    assertThat(refused.body().get("message").asText()).contains("incompatible", "lang");

    int v2 = http.post("/subjects/evolving-value/versions", schemaRequest(V2_WITH_DEFAULT)).body().get("id").asInt();
    assertThat(v2).isGreaterThan(v1);
    assertThat(http.get("/subjects/evolving-value/versions").body().toString()).isEqualTo("[1,2]");
    assertThat(http.get("/subjects/evolving-value/versions/latest").body().get("id").asInt()).isEqualTo(v2);
    // Against version 1 only, the type change of the single field is incompatible.
    JsonNode againstV1 = http.post("/compatibility/subjects/evolving-value/versions/1",
        schemaRequest(record("{\"name\":\"title\",\"type\":\"int\"}"))).body();
    assertThat(againstV1.get("is_compatible").asBoolean()).isFalse();
  }

  @Test
  void refusesBadRequestsWithConfluentErrors() {
    http.post("/subjects/strict-value/versions", schemaRequest(V1));

    Response typo = http.post("/subjects/strict-value/versions", schemaRequest("{\"type\":\"recrod\"}"));
    assertError(typo, 422, 42201);
    assertThat(typo.body().get("message").asText()).contains("undefined type name");
    assertError(http.post("/subjects/strict-value/versions",
        schemaRequest(record("{\"name\":\"n\",\"type\":\"int\",\"default\":\"x\"}"))), 422, 42201);
    assertError(http.post("/subjects/strict-value/versions", "{\"schema\":\"\\\"int\\\"\",\"schemaType\":\"PROTOBUF\"}"),
        422, 42201);
    assertError(http.post("/subjects/strict-value/versions", "{\"schema\": "), 400, 400);
    assertError(http.post("/subjects/strict-value/versions", "{}"), 422, 42201);
    assertError(http.get("/subjects/strict-value/versions/first"), 422, 42202);
    assertError(http.get("/subjects/strict-value/versions/9"), 404, 40402);
    assertError(http.get("/subjects/nobody-value/versions"), 404, 40401);
    assertError(http.get("/subjects/nobody-value/versions/latest"), 404, 40401);
    assertError(http.post("/subjects/nobody-value", schemaRequest(V1)), 404, 40401);
    assertError(http.post("/subjects/strict-value", schemaRequest(V2_WITH_DEFAULT)), 404, 40403);
    assertError(http.get("/schemas/ids/999999"), 404, 40403);
    assertError(http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
    assertThat(http.get("/").text()).isEqualTo("{}");
    Response unknown = http.get("/no/such/route");
    assertError(unknown, 404, 404);
    assertThat(unknown.text()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void keepsGlobalAndSubjectLevels() {
    assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    assertError(http.get("/config/loose-value"), 404, 40408);
    assertThat(http.get("/config/loose-value?defaultToGlobal=true").body().get("compatibilityLevel").asText())
        .isEqualTo("BACKWARD");

    assertThat(http.put("/config/loose-value", "{\"compatibility\":\"none\"}").body().toString())
        .isEqualTo("{\"compatibility\":\"NONE\"}");
    assertThat(http.get("/config/loose-value").body().get("compatibilityLevel").asText()).isEqualTo("NONE");
    http.post("/subjects/loose-value/versions", schemaRequest(V1));
    assertThat(http.post("/subjects/loose-value/versions", schemaRequest(V2_WITHOUT_DEFAULT)).status())
        .as("anything goes under NONE").isEqualTo(200);

    try {
      assertThat(http.put("/config", "{\"compatibility\":\"FULL\"}").body().toString())
          .isEqualTo("{\"compatibility\":\"FULL\"}");
      assertThat(http.get("/config").body().get("compatibilityLevel").asText()).isEqualTo("FULL");
      assertThat(http.get("/config/loose-value").body().get("compatibilityLevel").asText()).isEqualTo("NONE");
    } finally {
      http.put("/config", "{\"compatibility\":\"BACKWARD\"}");
    }
  }

  @Test
  void deletesSoftlyThenPermanently() {
    String only = record("{\"name\":\"deleted_only\",\"type\":\"long\"}");
    int id = http.post("/subjects/doomed-value/versions", schemaRequest(only)).body().get("id").asInt();
    http.post("/subjects/kept-value/versions", schemaRequest(V1));
    assertError(http.delete("/subjects/kept-value?permanent=true"), 404, 40405);

    assertThat(http.delete("/subjects/doomed-value").body().toString()).isEqualTo("[1]");
    assertThat(texts(http.get("/subjects").body())).doesNotContain("doomed-value");
    assertThat(texts(http.get("/subjects?deleted=true").body())).contains("doomed-value");
    assertError(http.get("/subjects/doomed-value/versions/latest"), 404, 40401);
    assertThat(http.get("/schemas/ids/" + id).status()).as("ids outlive a soft delete").isEqualTo(200);
    assertError(http.delete("/subjects/doomed-value"), 404, 40404);

    assertThat(http.delete("/subjects/doomed-value?permanent=true").body().toString()).isEqualTo("[1]");
    assertError(http.get("/schemas/ids/" + id), 404, 40403);
    assertError(http.delete("/subjects/doomed-value?permanent=true"), 404, 40401);
    assertThat(texts(http.get("/subjects?deleted=true").body())).doesNotContain("doomed-value");
    // Registered again, the schema gets a new id: the old one may be cached by clients.
    assertThat(http.post("/subjects/doomed-value/versions", schemaRequest(only)).body().get("id").asInt())
        .isGreaterThan(id);
  }

  @Test
  void aSoftDeletedSubjectStartsOverWithTheNextVersionNumber() {
    int id = http.post("/subjects/reborn-value/versions", schemaRequest(V1)).body().get("id").asInt();
    http.delete("/subjects/reborn-value");

    assertThat(http.post("/subjects/reborn-value/versions", schemaRequest(V1)).body().get("id").asInt()).isEqualTo(id);
    assertThat(http.get("/subjects/reborn-value/versions").body().toString()).isEqualTo("[2]");
  }

  @Test
  void concurrentRegistrationsGetConsistentIds() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      String same = record("{\"name\":\"race\",\"type\":\"boolean\"}");
      List<Future<Integer>> sameSchema = pool.invokeAll(IntStream.range(0, 8)
          .mapToObj(i -> (Callable<Integer>) () -> http.post("/subjects/race-value/versions", schemaRequest(same))
              .body().get("id").asInt())
          .toList());
      List<Future<Integer>> distinct = pool.invokeAll(IntStream.range(0, 8)
          .mapToObj(i -> (Callable<Integer>) () -> http.post("/subjects/race-" + i + "-value/versions",
              schemaRequest(record("{\"name\":\"f" + i + "\",\"type\":\"boolean\"}"))).body().get("id").asInt())
          .toList());

      assertThat(values(sameSchema)).hasSize(1);
      assertThat(http.get("/subjects/race-value/versions").body().toString()).isEqualTo("[1]");
      assertThat(values(distinct)).hasSize(8);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void servesUnderAPrefixWithoutTakingOtherPaths() {
    int id = prefixed.post("/subjects/prefixed-value/versions", schemaRequest(V1)).body().get("id").asInt();
    assertThat(prefixed.get("/schemas/ids/" + id).status()).isEqualTo(200);
    assertThat(http.get("/subjects/prefixed-value/versions/latest").body().get("id").asInt())
        .as("one registry behind both").isEqualTo(id);
    assertError(prefixed.get("/nothing"), 404, 404);
    assertThat(prefixed.get("").text()).isEqualTo("{}");

    RegistryHttp root = new RegistryHttp("http://localhost:" + shared.port());
    assertThat(root.get("/other").text()).isEqualTo("other");
    Response outside = root.get("/nothing");
    assertThat(outside.status()).isEqualTo(404);
    assertThat(outside.contentType()).as("Javalin's own 404, not the registry's").doesNotContain("schemaregistry");
  }

  private static void assertError(Response response, int status, int errorCode) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.errorCode()).as(response.text()).isEqualTo(errorCode);
    assertThat(response.body().get("message").asText()).isNotBlank();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static Set<Integer> values(List<Future<Integer>> futures) throws Exception {
    Set<Integer> values = new HashSet<>();
    for (Future<Integer> future : futures) {
      values.add(future.get());
    }
    return values;
  }

  private static String record(String fields) {
    return "{\"type\":\"record\",\"name\":\"Article\",\"namespace\":\"test\",\"fields\":[" + fields + "]}";
  }
}
