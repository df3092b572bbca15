package io.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.newsstream.producer.id.ArticleIds;
import io.newsstream.producer.source.ArticleJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestEndpointTest {
  private static final String TOKEN = "s3cret";
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final NewsProducer producer =
      new NewsProducer(ProducerSettings.defaults("unused:9092", "http://unused"), publisher);
  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin app;

  @BeforeEach
  void start() {
    app = Javalin.create(config -> config.showJavalinBanner = false);
    IngestEndpoint.mount(app, producer, Optional.of(TOKEN), 64 * 1024);
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
    producer.close();
  }

  /** Issue 14: GET /api/ingest answered 404 in plain text. */
  @Test
  void otherMethodsThanPostAreToldToPostInJson() throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + app.port() + IngestEndpoint.PATH)).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
    JsonNode json = ArticleJson.MAPPER.readTree(answer.body());
    assertThat(json.get("error").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(json.get("detail").asText()).contains("POST /api/ingest");
  }

  @Test
  void oneGoodArticleGetsItsId() throws Exception {
    Answer answer = post("application/json", "{\"url\": \"https://kt.kz/news/1\", \"text\": \"" + Texts.KAZAKH + "\"}");
    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.json.get("accepted").asInt()).isEqualTo(1);
    assertThat(answer.json.at("/items/0/id").asText()).isEqualTo(ArticleIds.fromUrl("https://kt.kz/news/1"));
    assertThat(publisher.published).hasSize(1);
  }

  @Test
  void aGoodAndABadArticleGetAnIdAndAReason() throws Exception {
    Answer answer = post("application/json", "[{\"text\": \"" + Texts.RUSSIAN.replace("\n", " ") + "\"}, {\"text\": \"   \"}]");
    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.json.at("/items/0/status").asText()).isEqualTo("accepted");
    assertThat(answer.json.at("/items/0/id").asText()).hasSize(32);
    assertThat(answer.json.at("/items/1/status").asText()).isEqualTo("refused");
    assertThat(answer.json.at("/items/1/reason").asText()).isEqualTo("EMPTY_TEXT");
    assertThat(publisher.rejected).hasSize(1);
    assertThat(publisher.rejected.get(0).getOrigin()).matches("http:127\\.0\\.0\\.1/[0-9a-f]{12}\\[1]");
  }

  @Test
  void oneBadArticleIs422WithItsReason() throws Exception {
    Answer answer = post("application/json", "{\"text\": \"" + Texts.RUSSIAN.replace("\n", " ") + "\", \"publishedAt\": \"когда-то\"}");
    assertThat(answer.status).isEqualTo(422);
    assertThat(answer.json.get("error").asText()).isEqualTo("BAD_DATE");
    assertThat(answer.json.get("detail").asText()).contains("когда-то");
  }

  @Test
  void malformedJsonIs400() throws Exception {
    Answer answer = post("application/json", "{\"text\": ");
    assertThat(answer.status).isEqualTo(400);
    assertThat(answer.json.get("error").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(publisher.rejected).hasSize(1);
  }

  @Test
  void jsonLinesAnswerPerLine() throws Exception {
    Answer answer = post("application/x-ndjson", "{\"text\": \"Бірінші мақала, сессия туралы.\"}\nnot json\n{\"text\": \"Үшінші мақала, сессия туралы.\"}\n");
    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.json.get("accepted").asInt()).isEqualTo(2);
    assertThat(answer.json.at("/items/1/reason").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(publisher.rejected.get(0).getOrigin()).endsWith(":2");
  }

  @Test
  void plainTextInTheDeclaredCharset() throws Exception {
    HttpResponse<String> response = http.send(request("text/plain; charset=windows-1251")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Texts.RUSSIAN.getBytes(Charset.forName("windows-1251")))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(publisher.published.get(0).getText()).isEqualTo(Texts.RUSSIAN);
    assertThat(publisher.contentTypes).containsExactly("text/plain");
  }

  @Test
  void articlesKafkaDidNotTakeAre503SoTheScraperSendsAgain() throws Exception {
    publisher.failing = article -> true;
    Answer answer = post("application/json", "{\"text\": \"" + Texts.KAZAKH + "\"}");
    assertThat(answer.status).isEqualTo(503);
    assertThat(answer.json.get("error").asText()).isEqualTo("SEND_FAILED");
  }

  @Test
  void noTokenIs401() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri())
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"a\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(ArticleJson.MAPPER.readTree(response.body()).get("error").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(publisher.published).isEmpty();
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    Answer answer = post("text/plain", "ы".repeat(40 * 1024));
    assertThat(answer.status).isEqualTo(413);
    assertThat(answer.json.get("error").asText()).isEqualTo("TOO_LARGE");
    assertThat(publisher.rejected).hasSize(1);
  }

  @Test
  void anUnsupportedTypeIs415() throws Exception {
    Answer answer = post("image/png", "\u0089PNG");
    assertThat(answer.status).isEqualTo(415);
    assertThat(answer.json.get("error").asText()).isEqualTo("UNSUPPORTED_CONTENT_TYPE");
  }

  @Test
  void anEmptyBodyIsRefused() throws Exception {
    Answer answer = post("text/plain", "");
    assertThat(answer.status).isEqualTo(422);
    assertThat(answer.json.get("error").asText()).isEqualTo("EMPTY_TEXT");
  }

  private record Answer(int status, JsonNode json) {}

  private Answer post(String contentType, String body) throws Exception {
    HttpResponse<String> response = http.send(
        request(contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return new Answer(response.statusCode(), ArticleJson.MAPPER.readTree(response.body()));
  }

  private HttpRequest.Builder request(String contentType) {
    return HttpRequest.newBuilder(uri()).header("Content-Type", contentType).header("Authorization", "Bearer " + TOKEN);
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + app.port() + IngestEndpoint.PATH);
  }
}
