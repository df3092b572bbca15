package io.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.newsstream.producer.source.ArticleJson;
import io.newsstream.producer.source.Format;
import io.newsstream.producer.source.Input;
import io.newsstream.producer.source.InputReader;
import io.newsstream.producer.source.InputSink;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the producer's parsers and POST /api/ingest with a seeded generator (jqwik is not
 * among the build's dependencies; a fixed seed makes any failure replayable): random bytes,
 * invalid UTF-8, huge lines, deep nesting, huge arrays, wrong types. Every input ends as articles
 * or refusals with a reason and a plain detail, never an exception; the endpoint answers each
 * request in JSON, stays healthy, and its heap comes back down.
 */
class IngestFuzzTest {
  private static final long SEED = Long.getLong("newsstream.fuzz.seed", 20261202L);
  /** Rounds of every kind of input; {@code -Dnewsstream.fuzz.rounds=N} for a longer run by hand. */
  private static final int ROUNDS = Integer.getInteger("newsstream.fuzz.rounds", 6);
  private static final int BODY_LIMIT = 512 * 1024;
  private static final List<String> LIBRARY_NAMES = List.of("StreamReadConstraints", "StreamReadFeature",
      "DeserializationFeature", "JsonParseException", "Exception", "com.fasterxml", "jackson", "org.eclipse", "`");

  private final Random random = new Random(SEED);
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final NewsProducer producer =
      new NewsProducer(ProducerSettings.defaults("unused:9092", "http://unused"), publisher);
  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin app;

  @BeforeEach
  void start() {
    app = Javalin.create(config -> config.showJavalinBanner = false);
    IngestEndpoint.mount(app, producer, Optional.empty(), BODY_LIMIT);
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
    producer.close();
  }

  /** The kinds of bad input, each a generator of one body. */
  private List<Supplier<byte[]>> kinds() {
    return List.of(
        this::randomBytes,
        this::invalidUtf8,
        () -> utf8("{\"text\": \"" + letters(BODY_LIMIT / 2 + random.nextInt(BODY_LIMIT)) + "\"}"), // a huge line
        () -> utf8("[".repeat(1 + random.nextInt(200_000))), // deep nesting, never closed
        () -> utf8("{\"a\":".repeat(1 + random.nextInt(5_000)) + "1" + "}".repeat(random.nextInt(5_000))),
        () -> utf8("[" + "1,".repeat(random.nextInt(20_000)) + "1]"), // a huge array of non-articles
        this::wrongTypes,
        () -> utf8("{\"text\": " + "9".repeat(1 + random.nextInt(5_000)) + "}"),
        () -> utf8("{\"text\": \"abc\"}" + new String(randomBytes(), StandardCharsets.ISO_8859_1)));
  }

  @Test
  void everyBadBodyIsRefusedWithAReasonInPlainWordsAndTheEndpointStaysHealthy() throws Exception {
    long heapBefore = usedHeapAfterGc();
    List<Supplier<byte[]>> kinds = kinds();
    String[] contentTypes = {"application/json", "application/x-ndjson", "text/plain; charset=utf-8", null};
    int requests = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (int kind = 0; kind < kinds.size(); kind++) {
        byte[] body = kinds.get(kind).get();
        String contentType = contentTypes[random.nextInt(contentTypes.length)];
        HttpResponse<String> answer = post(contentType, body);
        requests++;
        String what = "kind " + kind + ", " + contentType + ", " + body.length + " bytes, seed " + SEED;
        assertThat(answer.statusCode()).as(what).isIn(200, 400, 413, 415, 422);
        JsonNode json = ArticleJson.MAPPER.readTree(answer.body());
        if (answer.statusCode() != 200 || json.path("refused").asInt() > 0) {
          assertPlain(json.path("detail").asText(), what);
          for (JsonNode item : json.path("items")) {
            if (item.path("status").asText().equals("refused")) {
              assertThat(item.path("reason").asText()).as(what).isNotBlank();
              assertPlain(item.path("detail").asText(), what);
            }
          }
        }
        // Bodies that are not JSON to the end are never taken in part when sent as JSON.
        if ("application/json".equals(contentType) && kind != 2 && kind != 6) {
          assertThat(json.path("accepted").asInt()).as(what).isZero();
        }
      }
    }
    // Still healthy: a good article goes through.
    HttpResponse<String> good = post("application/json", utf8("{\"text\": \"" + Texts.RUSSIAN.replace("\n", " ") + "\"}"));
    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(requests).isEqualTo(ROUNDS * kinds.size());
    publisher.published.clear();
    publisher.rejected.clear();
    // Nothing held on to: what the requests used is garbage once answered.
    assertThat(usedHeapAfterGc() - heapBefore).as("heap kept after the fuzzing").isLessThan(64L << 20);
  }

  @Test
  void theParsersTurnEveryBadInputIntoRefusalsNeverAnException() {
    InputReader reader = new InputReader(ProducerSettings.DEFAULT_MAX_TEXT_BYTES);
    List<Supplier<byte[]>> kinds = kinds();
    for (int round = 0; round < ROUNDS / 2; round++) {
      for (Format format : Format.values()) {
        for (int kind = 0; kind < kinds.size(); kind++) {
          byte[] input = kinds.get(kind).get();
          List<Input> inputs = new ArrayList<>();
          reader.read(format, new ByteArrayInputStream(input), "fuzz", Optional.empty(), Optional.empty(), new InputSink() {
            @Override
            public void accept(Input item) {
              inputs.add(item);
            }

            @Override
            public void bytesRead(long bytes) {}
          });
          String what = format + ", kind " + kind + ", " + input.length + " bytes, seed " + SEED;
          assertThat(inputs).as(what).isNotEmpty();
          for (Input item : inputs) {
            if (item instanceof Input.Refused refused) {
              assertThat(refused.refusal().reason()).as(what).isNotNull();
              assertPlain(refused.refusal().detail(), what);
            }
          }
        }
      }
    }
  }

  private static void assertPlain(String detail, String what) {
    assertThat(detail).as(what).isNotBlank();
    for (String name : LIBRARY_NAMES) {
      assertThat(detail).as(what).doesNotContain(name);
    }
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[random.nextInt(4_096)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Text with bytes UTF-8 never has (0xC0, 0xFF, a lead byte without its continuation). */
  private byte[] invalidUtf8() {
    byte[] text = utf8("{\"text\": \"" + letters(200 + random.nextInt(2_000)) + "\"}");
    for (int i = 0; i < 1 + random.nextInt(5); i++) {
      text[10 + random.nextInt(text.length - 12)] = (byte) (new int[] {0xC0, 0xFF, 0xE2, 0x80}[random.nextInt(4)]);
    }
    return text;
  }

  private byte[] wrongTypes() {
    String[] fields = {"text", "url", "title", "publishedAt", "language", "metadata", "source"};
    String[] values = {"42", "true", "null", "[\"a\", 1]", "{\"x\": {\"y\": 1}}", "-1e999", "\"\"", "[]"};
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 1 + random.nextInt(4); i++) {
      json.append(i == 0 ? "" : ", ").append('"').append(fields[random.nextInt(fields.length)]).append("\": ")
          .append(values[random.nextInt(values.length)]);
    }
    return utf8(json.append('}').toString());
  }

  private String letters(int n) {
    StringBuilder text = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      text.append(i % 7 == 6 ? ' ' : (char) ('а' + random.nextInt(32)));
    }
    return text.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + IngestEndpoint.PATH))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
