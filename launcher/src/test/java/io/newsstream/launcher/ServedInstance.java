package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.newsstream.streams.StreamsSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * One streams-app instance with its API on its own HTTP port, as `newsstream streams` starts it,
 * for the integration tests that run several.
 */
record ServedInstance(Javalin http, ServedStreamsApp served) implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  static ServedInstance start(StreamsSettings settings) {
    Javalin http = Javalin.create(config -> config.showJavalinBanner = false).start(0);
    ServedStreamsApp served = ServedStreamsApp.create(http, "localhost", settings);
    served.app().start();
    return new ServedInstance(http, served);
  }

  String base() {
    return "http://localhost:" + http.port();
  }

  /** GETs until 200 and the condition holds; a 503 must say when to retry. */
  JsonNode awaitJson(String path, Predicate<JsonNode> done) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = HTTP.send(
          HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        JsonNode body = JSON.readTree(response.body());
        if (done.test(body)) {
          return body;
        }
      } else {
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
      }
      last = response.statusCode() + " " + response.body();
      Thread.sleep(300);
    }
    throw new AssertionError(path + " did not answer as expected within " + PATIENCE + "; last: " + last);
  }

  @Override
  public void close() {
    served.close();
    http.stop();
  }
}
