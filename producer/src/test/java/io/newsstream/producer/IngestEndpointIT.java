package io.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.newsstream.producer.source.ArticleJson;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/ingest} on loopback against the real broker and registry. */
class IngestEndpointIT {
  private static final int REQUESTS = 200;
  private final KafkaCluster cluster = KafkaCluster.shared();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private NewsProducer producer;
  private Javalin app;

  @BeforeEach
  void start() {
    producer = new NewsProducer(cluster.settings());
    app = Javalin.create(config -> config.showJavalinBanner = false);
    IngestEndpoint.mount(app, producer, Optional.empty(), 1024 * 1024);
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
    producer.close();
  }

  @Test
  void twoHundredConcurrentRequestsLoseNothing() throws Exception {
    String run = UUID.randomUUID().toString();
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      // Every tenth request carries a bad article besides the good one.
      String good = "{\"text\": \"" + Texts.RUSSIAN.replace("\n", " ") + " Запрос " + i + ", прогон " + run + ".\"}";
      String body = i % 10 == 0 ? good + "\n{\"text\": \"\"}\n" : good + "\n";
      responses.add(http.sendAsync(HttpRequest.newBuilder(uri())
          .header("Content-Type", "application/x-ndjson")
          .timeout(Duration.ofSeconds(60))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);

    Set<String> acceptedIds = new HashSet<>();
    Set<String> requests = new HashSet<>();
    long refused = 0;
    for (CompletableFuture<HttpResponse<String>> response : responses) {
      assertThat(response.get().statusCode()).isEqualTo(200);
      JsonNode answer = ArticleJson.MAPPER.readTree(response.get().body());
      requests.add(answer.get("request").asText());
      refused += answer.get("refused").asLong();
      for (JsonNode item : answer.get("items")) {
        if (item.get("status").asText().equals("accepted")) {
          acceptedIds.add(item.get("id").asText());
        }
      }
    }
    assertThat(acceptedIds).hasSize(REQUESTS);
    assertThat(refused).isEqualTo(REQUESTS / 10);

    List<ConsumerRecord<String, RawArticle>> onTopic = cluster.readAll(Topics.RAW).stream()
        .filter(r -> r.value().getText().contains(run)).toList();
    assertThat(onTopic).hasSize(acceptedIds.size());
    assertThat(onTopic).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(acceptedIds);

    long deadLetters = cluster.readAll(Topics.DLQ).stream()
        .filter(r -> requests.stream().anyMatch(id -> r.value().getOrigin().contains(id))).count();
    assertThat(deadLetters).isEqualTo(refused);
  }

  @Test
  void aGoodArticleGetsAnIdOnTheTopicAndABadOneAReasonInTheDeadLetterQueue() throws Exception {
    String url = "https://example.kz/ru/" + UUID.randomUUID();
    HttpResponse<String> good = post("{\"url\": \"" + url + "\", \"text\": \"" + Texts.KAZAKH + "\"}");
    HttpResponse<String> bad = post("{\"url\": \"" + url + "/2\", \"text\": \"" + Texts.KAZAKH + "\", \"publishedAt\": \"ертең\"}");

    assertThat(good.statusCode()).isEqualTo(200);
    String id = ArticleJson.MAPPER.readTree(good.body()).at("/items/0/id").asText();
    assertThat(cluster.readAll(Topics.RAW)).anySatisfy(r -> {
      assertThat(r.key()).isEqualTo(id);
      assertThat(r.value().getUrl()).isEqualTo(url);
    });

    assertThat(bad.statusCode()).isEqualTo(422);
    JsonNode answer = ArticleJson.MAPPER.readTree(bad.body());
    assertThat(answer.get("error").asText()).isEqualTo("BAD_DATE");
    String request = answer.get("request").asText();
    assertThat(cluster.readAll(Topics.DLQ)).anySatisfy(r -> {
      assertThat(r.value().getOrigin()).contains(request);
      assertThat(r.value().getReason()).isEqualTo("BAD_DATE");
      assertThat(r.value().getRawText()).contains("ертең");
    });
  }

  private HttpResponse<String> post(String json) throws Exception {
    return http.send(HttpRequest.newBuilder(uri()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + app.port() + IngestEndpoint.PATH);
  }
}
