package io.newsstream.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.kafka.common.errors.InterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SchemaRegistryClient} over the Confluent Schema Registry REST API, for any registry
 * that speaks it (Confluent, Karapace, Redpanda, Apicurio's ccompat API, newsstream's own).
 *
 * <p>Ids and schemas never change once assigned, so both are cached for the life of the client.
 * Transient failures (I/O errors, HTTP 5xx and 429) are retried with capped exponential back-off;
 * other 4xx answers are the registry's verdict and are thrown at once.
 *
 * <p>Basic auth as Confluent's client does it ({@link RegistryCredentials}); the URL in messages
 * never carries the password.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {
  private static final Logger log = LoggerFactory.getLogger(HttpSchemaRegistryClient.class);
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_BODY_IN_MESSAGE = 300;

  private final String baseUrl;
  private final RegistryCredentials credentials;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  // HTTP/1.1: an h2c upgrade attempt buys nothing here and confuses some servers.
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(CONNECT_TIMEOUT)
          .build();
  private final Map<SubjectSchema, Integer> ids = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();

  /** A client with 5 attempts per request, back-off from 100 ms doubling up to 2 s. */
  public HttpSchemaRegistryClient(String baseUrl) {
    this(baseUrl, Map.of());
  }

  /**
   * A client with 5 attempts per request, back-off from 100 ms doubling up to 2 s, and the basic
   * auth settings of {@code configs} (Kafka client properties, see {@link RegistryCredentials}).
   */
  public HttpSchemaRegistryClient(String baseUrl, Map<String, ?> configs) {
    this(RegistryCredentials.of(baseUrl, configs), 5, Duration.ofMillis(100), Duration.ofSeconds(2));
  }

  /**
   * @param baseUrl the registry's URL, e.g. {@code http://localhost:8081}; may carry a path
   *     prefix ({@code http://localhost:8080/registry})
   * @param maxAttempts tries per request, at least 1
   * @param initialBackoff the wait before the first retry; doubled before each further one
   * @param maxBackoff the longest wait between tries
   */
  public HttpSchemaRegistryClient(
      String baseUrl, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    this(RegistryCredentials.of(baseUrl, Map.of()), maxAttempts, initialBackoff, maxBackoff);
  }

  private HttpSchemaRegistryClient(
      RegistryCredentials credentials, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    this.credentials = credentials;
    this.baseUrl = normalise(credentials.url());
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  @Override
  public int register(String subject, Schema schema) {
    return cachedId(subject, schema, "/subjects/" + encode(subject) + "/versions");
  }

  @Override
  public int idOf(String subject, Schema schema) {
    return cachedId(subject, schema, "/subjects/" + encode(subject));
  }

  @Override
  public Schema schemaById(int id) {
    Schema cached = schemas.get(id);
    if (cached != null) {
      return cached;
    }
    String path = "/schemas/ids/" + id;
    JsonNode body = call("GET", path, null);
    String type = body.path("schemaType").asText("AVRO");
    if (!type.equals("AVRO")) {
      throw new SchemaRegistryException(
          where() + ": schema " + id + " is a " + type + " schema, not Avro", -1, 200);
    }
    Schema schema;
    try {
      schema = new Schema.Parser().parse(requireField(body, "schema", path).asText());
    } catch (SchemaParseException e) {
      throw new SchemaRegistryException(
          where() + ": schema " + id + " is not valid Avro: " + e.getMessage(), -1, 200, e);
    }
    Schema raced = schemas.putIfAbsent(id, schema);
    return raced != null ? raced : schema;
  }

  /** The wait before retry number {@code retry} (1-based): doubling from the initial, capped. */
  static Duration backoff(int retry, Duration initial, Duration max) {
    Duration wait = initial;
    for (int i = 1; i < retry && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) < 0 ? wait : max;
  }

  // Register and look-up share one cache: either way the answer is the schema's id in the subject.
  // No lock around the HTTP call: two threads may both ask, and get the same answer.
  private int cachedId(String subject, Schema schema, String path) {
    SubjectSchema key = new SubjectSchema(subject, schema);
    Integer cached = ids.get(key);
    if (cached != null) {
      return cached;
    }
    int id = requireField(call("POST", path, schemaBody(schema)), "id", path).asInt();
    ids.putIfAbsent(key, id);
    // The registry would answer this id with an equal schema: spare the deserializer the GET.
    schemas.putIfAbsent(id, schema);
    return id;
  }

  private JsonNode call(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", CONTENT_TYPE + ", application/json");
    credentials.authorization().ifPresent(value -> request.header("Authorization", value));
    if (body != null) {
      request.header("Content-Type", CONTENT_TYPE);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return sendWithRetries(request.build(), method + " " + path);
  }

  private JsonNode sendWithRetries(HttpRequest request, String what) {
    for (int attempt = 1; ; attempt++) {
      Failure failure;
      try {
        HttpResponse<String> response =
            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return parseSuccess(response.body(), what, status);
        }
        failure = Failure.ofAnswer(status, response.body());
        if (status < 500 && status != 429) {
          throw new SchemaRegistryException(
              where() + " answered " + what + " with " + failure.detail(),
              failure.errorCode(),
              status);
        }
      } catch (IOException e) {
        failure = new Failure(describe(e), -1, -1, e);
      } catch (InterruptedException e) {
        throw new InterruptException(e); // restores the interrupt flag
      }
      if (attempt == maxAttempts) {
        throw new SchemaRegistryUnavailableException(
            where() + " is not reachable (" + what + " failed " + attempt
                + (attempt == 1 ? " time" : " times") + "; last: " + failure.detail() + ")",
            failure.errorCode(),
            failure.httpStatus(),
            failure.cause());
      }
      Duration wait = backoff(attempt, initialBackoff, maxBackoff);
      log.warn("{}: {} failed ({}), retrying in {} ms", where(), what, failure.detail(),
          wait.toMillis());
      sleep(wait);
    }
  }

  private JsonNode parseSuccess(String body, String what, int status) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new SchemaRegistryException(
          where() + " answered " + what + " with HTTP " + status + " and a body that is not JSON: "
              + abbreviate(body),
          -1,
          status,
          e);
    }
  }

  private JsonNode requireField(JsonNode body, String field, String path) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      throw new SchemaRegistryException(
          where() + " answered " + path + " without '" + field + "': " + abbreviate(body.toString()),
          -1,
          200);
    }
    return value;
  }

  private String where() {
    return "schema registry at " + baseUrl;
  }

  private static String schemaBody(Schema schema) {
    try {
      return JSON.writeValueAsString(Map.of("schema", schema.toString()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot happen: a map of one string is JSON", e);
    }
  }

  /** Names the failure; the JDK's ConnectException often has no message of its own. */
  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (text.length() > 0) {
        text.append(", caused by ");
      }
      text.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage());
      }
    }
    return text.toString();
  }

  private static String abbreviate(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_BODY_IN_MESSAGE
        ? oneLine
        : oneLine.substring(0, MAX_BODY_IN_MESSAGE) + "...";
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      throw new InterruptException(e);
    }
  }

  private static String normalise(String baseUrl) {
    String url = baseUrl == null ? "" : baseUrl.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
      throw new IllegalArgumentException(
          "schema registry URL must be one http(s)://host[:port][/prefix], got '" + baseUrl + "'");
    }
    return url;
  }

  /** One failed try: what went wrong, for the exception or the log line. */
  private record Failure(String detail, int errorCode, int httpStatus, Throwable cause) {

    /** A non-2xx answer, with the Confluent error body's code and message when there is one. */
    static Failure ofAnswer(int status, String body) {
      int errorCode = status;
      String message = abbreviate(body);
      try {
        JsonNode error = JSON.readTree(body);
        if (error != null && error.has("error_code")) {
          errorCode = error.get("error_code").asInt(status);
          message = error.path("message").asText(message);
        }
      } catch (JsonProcessingException e) {
        // Not a Confluent error body (a proxy's HTML page, say): report it as text.
      }
      return new Failure(
          "HTTP " + status + ", error_code " + errorCode + ": " + message, errorCode, status, null);
    }
  }

  /** Avro's Schema equality ignores docs, so doc-only variants share an entry: same wire layout. */
  private record SubjectSchema(String subject, Schema schema) {}
}
