package io.newsstream.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.newsstream.api.AvroJson;
import io.newsstream.api.dashboard.DashboardRoutes;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.Topics;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryClient;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article published on news.articles.v1 reaches a browser's event stream and the latest list. */
class LiveFeedIT {
  @TempDir Path dir;

  @Test
  void publishedArticlesArePushedToEventStreamClients() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0, Map.of());
        SchemaRegistryServer registryServer = SchemaRegistryServer.start(broker.bootstrapServers(), 0, (short) 1)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        Topics.ensureExist(admin, 2, (short) 1);
      }
      SchemaRegistryClient registry = new HttpSchemaRegistryClient(registryServer.url());
      Javalin web = Javalin.create(c -> c.showJavalinBanner = false).start(0);
      try (LiveFeed feed = new LiveFeed(broker.bootstrapServers(), registry, Map.of())) {
        feed.mount(web);
        DashboardRoutes.mount(web);
        String url = "http://localhost:" + web.port();
        HttpClient http = HttpClient.newHttpClient();
        // As a browser's EventSource asks; Javalin streams events only to such requests.

        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<InputStream> stream = http.send(
            HttpRequest.newBuilder(URI.create(url + "/api/events")).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(() -> {
          try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
              lines.add(line);
            }
          } catch (Exception e) {
            // closed at the end of the test
          }
        });
        reader.setDaemon(true);
        reader.start();
        awaitLine(lines, "event: hello");

        // The feed may still be looking for the topics; publish until an article event arrives.
        byte[] value = Topics.ARTICLES.valueSerde(registry).serializer()
            .serialize(Topics.ARTICLES.name(), article("live-1", "Сессия Ассамблеи в Таразе"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new StringSerializer(), new ByteArraySerializer())) {
          long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
          while (lines.stream().noneMatch(l -> l.contains("live-1")) && System.nanoTime() < deadline) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), "live-1", value)).get();
            Thread.sleep(1000);
          }
        }
        assertThat(lines).contains("event: article");
        assertThat(lines).anyMatch(l -> l.startsWith("data: ") && l.contains("\"id\":\"live-1\"")
            && l.contains("Сессия Ассамблеи в Таразе") && l.contains("\"region\":\"KZ-31\""));
        assertThat(feed.clients()).isEqualTo(1);

        HttpResponse<String> latest = http.send(HttpRequest.newBuilder(URI.create(url + "/api/latest-articles")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(AvroJson.MAPPER.readTree(latest.body()).path("articles").get(0).path("id").asText()).isEqualTo("live-1");

        // A tombstone withdraws the article: a retracted event, and the latest list lets it go.
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
            new StringSerializer(), new ByteArraySerializer())) {
          producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), "live-1", null)).get();
        }
        awaitLine(lines, "event: retracted");
        assertThat(lines).contains("data: {\"id\":\"live-1\"}");
        latest = http.send(HttpRequest.newBuilder(URI.create(url + "/api/latest-articles")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(AvroJson.MAPPER.readTree(latest.body()).path("articles")).isEmpty();

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("id=\"latest-articles\"", "id=\"regions-table\"", "/dashboard/app.js");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url + "/dashboard/app.js")).build(),
            HttpResponse.BodyHandlers.ofString()).body()).contains("dataset.live = \"true\"");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url + "/dashboard/secret.txt")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
      } finally {
        web.stop();
      }
    }
  }

  private static EnrichedArticle article(String id, String title) {
    return EnrichedArticle.newBuilder()
        .setId(id).setTitle(title).setText(title).setFingerprint("f").setFetchedAt(Instant.now())
        .setProcessedAt(Instant.now()).setLanguage("ru").setLanguageConfidence(0.9).setSource("test")
        .setSession(io.newsstream.schema.SessionRef.newBuilder().setNumber(19)
            .setLevel(io.newsstream.schema.SessionLevel.REGIONAL).setRegion("KZ-31").build())
        .build();
  }

  private static void awaitLine(List<String> lines, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!lines.contains(expected) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(lines).contains(expected);
  }
}
