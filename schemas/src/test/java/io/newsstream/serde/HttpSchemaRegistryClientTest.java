package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.SessionKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpSchemaRegistryClientTest {
  private static final String SUBJECT = "news.raw.v1-value";
  private static final String UNAVAILABLE =
      "{\"error_code\":50003,\"message\":\"Error while forwarding the request to the leader\"}";

  private final FakeRegistry registry;

  HttpSchemaRegistryClientTest() throws IOException {
    registry = FakeRegistry.start();
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void registerAsksOnceThenAnswersFromCacheForRegisterLookupAndFetch() {
    HttpSchemaRegistryClient client = client(registry.url());

    int id = client.register(SUBJECT, RawArticle.SCHEMA$);

    assertThat(client.register(SUBJECT, RawArticle.SCHEMA$)).isEqualTo(id);
    assertThat(client.idOf(SUBJECT, RawArticle.SCHEMA$)).isEqualTo(id);
    assertThat(client.schemaById(id)).isEqualTo(RawArticle.SCHEMA$);
    assertThat(registry.requests()).containsExactly("POST /subjects/news.raw.v1-value/versions");
    assertThat(registry.contentTypes()).containsExactly("application/vnd.schemaregistry.v1+json");
  }

  @Test
  void lookupAndFetchAreCachedPerSubjectAndId() {
    int id = client(registry.url()).register(SUBJECT, RawArticle.SCHEMA$);
    HttpSchemaRegistryClient fresh = client(registry.url());

    assertThat(fresh.idOf(SUBJECT, RawArticle.SCHEMA$)).isEqualTo(id);
    assertThat(fresh.idOf(SUBJECT, RawArticle.SCHEMA$)).isEqualTo(id);
    HttpSchemaRegistryClient reader = client(registry.url());
    assertThat(reader.schemaById(id)).isEqualTo(RawArticle.SCHEMA$);
    assertThat(reader.schemaById(id)).isEqualTo(RawArticle.SCHEMA$);

    assertThat(registry.requests())
        .containsExactly(
            "POST /subjects/news.raw.v1-value/versions",
            "POST /subjects/news.raw.v1-value",
            "GET /schemas/ids/" + id);
  }

  @Test
  void lookupOfAnAbsentSchemaSurfacesTheErrorCodeWithoutRetrying() {
    HttpSchemaRegistryClient client = client(registry.url());
    client.register(SUBJECT, SessionKey.SCHEMA$);

    assertThatThrownBy(() -> client.idOf(SUBJECT, RawArticle.SCHEMA$))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e).isNotInstanceOf(SchemaRegistryUnavailableException.class);
              assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
              assertThat(e.httpStatus()).isEqualTo(404);
              assertThat(e.isNotFound()).isTrue();
            })
        .hasMessageContaining("Schema not found");
    assertThatThrownBy(() -> client.idOf("absent-value", RawArticle.SCHEMA$))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND));
    assertThat(registry.requests()).hasSize(3);
  }

  @Test
  void clientErrorIsNotRetriedAndCarriesErrorCodeAndMessage() {
    registry.thenAnswer(
        409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}");

    assertThatThrownBy(() -> client(registry.url()).register(SUBJECT, RawArticle.SCHEMA$))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(409);
              assertThat(e.httpStatus()).isEqualTo(409);
            })
        .hasMessageContaining("schema registry at " + registry.url())
        .hasMessageContaining("POST /subjects/news.raw.v1-value/versions")
        .hasMessageContaining("Schema being registered is incompatible");
    assertThat(registry.requests()).hasSize(1);
  }

  @Test
  void errorWithoutAConfluentBodyReportsTheStatusAndText() {
    registry.thenAnswer(401, "<html>Unauthorized</html>");

    assertThatThrownBy(() -> client(registry.url()).schemaById(1))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(401))
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("<html>Unauthorized</html>");
  }

  @Test
  void retriesServerErrorsAndTooManyRequestsThenSucceeds() {
    registry.thenAnswer(503, UNAVAILABLE).thenAnswer(429, "").thenAnswer(500, UNAVAILABLE);

    HttpSchemaRegistryClient client =
        new HttpSchemaRegistryClient(registry.url(), 4, Duration.ofMillis(1), Duration.ofMillis(2));

    assertThat(client.register(SUBJECT, RawArticle.SCHEMA$)).isEqualTo(1);
    assertThat(registry.requests()).hasSize(4);
  }

  @Test
  void givesUpAfterTheLastAttemptNamingTheUrlAndTheLastAnswer() {
    registry.thenAnswer(503, UNAVAILABLE).thenAnswer(503, UNAVAILABLE).thenAnswer(503, UNAVAILABLE);
    HttpSchemaRegistryClient client =
        new HttpSchemaRegistryClient(registry.url(), 3, Duration.ofMillis(1), Duration.ofMillis(2));

    assertThatThrownBy(() -> client.register(SUBJECT, RawArticle.SCHEMA$))
        .isInstanceOfSatisfying(
            SchemaRegistryUnavailableException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(50003);
              assertThat(e.httpStatus()).isEqualTo(503);
            })
        .hasMessageStartingWith("schema registry at " + registry.url() + " is not reachable (")
        .hasMessageContaining("failed 3 times")
        .hasMessageContaining("HTTP 503, error_code 50003: Error while forwarding");
    assertThat(registry.requests()).hasSize(3);
  }

  @Test
  void nothingListeningGivesUnavailableNamingTheUrl() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;

    assertThatThrownBy(() -> client(url).schemaById(1))
        .isInstanceOfSatisfying(
            SchemaRegistryUnavailableException.class,
            e -> assertThat(e.httpStatus()).isEqualTo(-1))
        .hasMessageStartingWith("schema registry at " + url + " is not reachable (")
        .hasMessageContaining("GET /schemas/ids/1 failed 2 times")
        .hasMessageContaining("ConnectException");
  }

  @Test
  void honoursAPathPrefixAndEncodesSubjects() throws IOException {
    try (FakeRegistry proxied = FakeRegistry.startUnder("/registry")) {
      HttpSchemaRegistryClient client = client(proxied.url() + "/");

      int id = client.register("news raw/v1-value", RawArticle.SCHEMA$);
      client(proxied.url()).schemaById(id);

      assertThat(proxied.requests())
          .containsExactly(
              "POST /registry/subjects/news%20raw%2Fv1-value/versions",
              "GET /registry/schemas/ids/" + id);
    }
  }

  @Test
  void refusesANonAvroSchema() {
    registry.thenAnswer(200, "{\"schema\":\"syntax = \\\"proto3\\\";\",\"schemaType\":\"PROTOBUF\"}");

    assertThatThrownBy(() -> client(registry.url()).schemaById(7))
        .isInstanceOf(SchemaRegistryException.class)
        .hasMessageContaining("schema 7 is a PROTOBUF schema, not Avro");
  }

  @Test
  void refusesAnUnusableUrl() {
    assertThatThrownBy(() -> new HttpSchemaRegistryClient("localhost:8081"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("localhost:8081");
    assertThatThrownBy(() -> new HttpSchemaRegistryClient("http://a:8081,http://b:8081"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void backoffDoublesUpToTheCap() {
    Duration initial = Duration.ofMillis(100);
    Duration cap = Duration.ofSeconds(1);

    assertThat(HttpSchemaRegistryClient.backoff(1, initial, cap)).hasMillis(100);
    assertThat(HttpSchemaRegistryClient.backoff(2, initial, cap)).hasMillis(200);
    assertThat(HttpSchemaRegistryClient.backoff(4, initial, cap)).hasMillis(800);
    assertThat(HttpSchemaRegistryClient.backoff(5, initial, cap)).hasMillis(1000);
    assertThat(HttpSchemaRegistryClient.backoff(60, initial, cap)).hasMillis(1000);
  }

  private static HttpSchemaRegistryClient client(String url) {
    return new HttpSchemaRegistryClient(url, 2, Duration.ofMillis(1), Duration.ofMillis(1));
  }
}
