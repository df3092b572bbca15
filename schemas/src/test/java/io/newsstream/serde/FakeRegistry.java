package io.newsstream.serde;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JDK HTTP server that answers the three calls the client makes the way a Confluent registry
 * does, records every request, and can be told to answer the next requests with given failures.
 * Just enough to observe the client's caching, retries and error handling.
 */
final class FakeRegistry implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String prefix;
  private final Map<String, Integer> idsBySchema = new HashMap<>();
  private final Map<Integer, String> schemasById = new HashMap<>();
  private final Map<String, Set<String>> subjects = new HashMap<>();
  private final Deque<Answer> scripted = new ArrayDeque<>();
  private final List<String> requests = new ArrayList<>();
  private final List<String> contentTypes = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();

  private record Answer(int status, String body) {}

  private FakeRegistry(String prefix) throws IOException {
    this.prefix = prefix;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(prefix.isEmpty() ? "/" : prefix, this::handle);
    server.start();
  }

  /** A registry at the root of its host. */
  static FakeRegistry start() throws IOException {
    return new FakeRegistry("");
  }

  /** A registry under a path prefix, as behind a reverse proxy: {@code /registry}. */
  static FakeRegistry startUnder(String prefix) throws IOException {
    return new FakeRegistry(prefix);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  /** The next request gets this answer instead of the registry's. */
  synchronized FakeRegistry thenAnswer(int status, String body) {
    scripted.add(new Answer(status, body));
    return this;
  }

  /** "METHOD raw-path" of every request so far. */
  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /** The Authorization header of every request that had one. */
  synchronized List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  synchronized List<String> contentTypes() {
    return List.copyOf(contentTypes);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      String rawPath = exchange.getRequestURI().getRawPath();
      requests.add(method + " " + rawPath);
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (contentType != null) {
        contentTypes.add(contentType);
      }
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization != null) {
        authorizations.add(authorization);
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Answer answer = scripted.isEmpty() ? route(method, rawPath.substring(prefix.length()), body)
          : scripted.poll();
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
    } finally {
      exchange.close();
    }
  }

  private Answer route(String method, String path, String body) throws IOException {
    String[] parts = path.split("/");
    if (method.equals("GET") && path.startsWith("/schemas/ids/")) {
      String schema = schemasById.get(Integer.parseInt(parts[3]));
      return schema == null
          ? error(404, 40403, "Schema not found")
          : json(200, Map.of("schema", schema));
    }
    if (method.equals("POST") && path.startsWith("/subjects/")) {
      String subject = URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
      String schema = JSON.readTree(body).get("schema").asText();
      if (path.endsWith("/versions")) {
        int id = idsBySchema.computeIfAbsent(schema, s -> idsBySchema.size() + 1);
        schemasById.put(id, schema);
        subjects.computeIfAbsent(subject, s -> new HashSet<>()).add(schema);
        return json(200, Map.of("id", id));
      }
      if (!subjects.containsKey(subject)) {
        return error(404, 40401, "Subject '" + subject + "' not found.");
      }
      if (!subjects.get(subject).contains(schema)) {
        return error(404, 40403, "Schema not found");
      }
      return json(
          200, Map.of("subject", subject, "id", idsBySchema.get(schema), "version", 1,
              "schema", schema));
    }
    return error(404, 404, "HTTP 404 Not Found");
  }

  private static Answer error(int status, int code, String message) throws IOException {
    return json(status, Map.of("error_code", code, "message", message));
  }

  private static Answer json(int status, Map<String, ?> body) throws IOException {
    return new Answer(status, JSON.writeValueAsString(body));
  }
}
