package io.newsstream.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The client of the other instances' {@link InternalRoutes}: a key, or the entries of some
 * partitions of a store, from the instance that holds them. Any failure of the other instance
 * (unreachable, slow, an error, an answer that does not read) is an {@link ApiException#unavailable 503}.
 */
final class PeerClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  // Another instance answers from its local state in milliseconds; one that takes seconds is
  // stuck or gone, and the client is better served by a 503 with Retry-After than by waiting.
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

  // HTTP/1.1: the instances' Javalin speaks it; an h2c upgrade attempt buys nothing.
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();

  /** What the owner of a key said: its value on the wire, null if it has none, and who read it. */
  record Answer(JsonNode value, String servedBy) {}

  /**
   * The value of {@code key} from its owner: as JSON, or {@code typed} as {@link StoreWire} writes
   * it, to be read back into its class.
   */
  CompletableFuture<Answer> get(HostInfo owner, String store, String key, boolean typed) {
    String path = StoreQueries.INTERNAL_PREFIX + encode(store) + "/key?key=" + encode(key) + (typed ? "&typed=true" : "");
    return send(owner, path).thenApply(response -> {
      String servedBy = response.headers().firstValue(StoreQueries.SERVED_BY).orElse(StoreQueries.address(owner));
      if (isNoSuchKey(response)) {
        return new Answer(null, servedBy);
      }
      JsonNode value = body(owner, response).get("value");
      return new Answer(value == null || value.isNull() ? null : value, servedBy);
    });
  }

  /** The owner's entries of {@code store} in {@code wanted} (all it holds when null), read as {@code type}. */
  <V> CompletableFuture<LocalStores.Scan<V>> all(HostInfo owner, String store, Set<Integer> wanted, Class<V> type) {
    String query = wanted == null ? "" : "?partitions="
        + wanted.stream().map(String::valueOf).collect(Collectors.joining(","));
    String from = StoreQueries.address(owner);
    return send(owner, StoreQueries.INTERNAL_PREFIX + encode(store) + "/all" + query).thenApply(response -> {
      JsonNode body = body(owner, response);
      Set<Integer> answered = new TreeSet<>();
      body.path("partitions").forEach(p -> answered.add(p.asInt()));
      if (wanted != null && !answered.containsAll(wanted)) {
        throw ApiException.unavailable(from + " did not answer for all of partitions " + wanted + " of " + store);
      }
      Map<String, V> entries = new TreeMap<>();
      body.path("entries").fields().forEachRemaining(e -> entries.put(e.getKey(), StoreWire.read(e.getValue(), type, from)));
      return new LocalStores.Scan<>(answered, entries);
    });
  }

  /**
   * Whether another instance's answer says it read its state and the key is not there. Any other
   * 404 — a proxy, an instance of another version without the route — says nothing about the key
   * and is a 503 like every other failure of the instance.
   */
  static boolean isNoSuchKey(HttpResponse<String> response) {
    if (response.statusCode() != 404 || response.headers().firstValue(StoreQueries.SERVED_BY).isEmpty()) {
      return false;
    }
    try {
      return "not_found".equals(AvroJson.MAPPER.readTree(response.body()).path("error").asText());
    } catch (IOException e) {
      return false;
    }
  }

  /** The future's value; an ApiException it failed with as itself, any other failure as a 503. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ApiException api) {
        throw api;
      }
      throw ApiException.unavailable("query failed: " + e.getCause(), e.getCause());
    }
  }

  private CompletableFuture<HttpResponse<String>> send(HostInfo owner, String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + StoreQueries.address(owner) + pathAndQuery))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .exceptionally(e -> {
          Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
          throw ApiException.unavailable("instance " + StoreQueries.address(owner) + " is not reachable: " + cause, cause);
        });
  }

  /** The JSON body of a 200; any other status of another instance is a 503 here, with its reason. */
  private static JsonNode body(HostInfo owner, HttpResponse<String> response) {
    JsonNode body;
    try {
      body = AvroJson.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw ApiException.unavailable("instance " + StoreQueries.address(owner) + " answered HTTP "
          + response.statusCode() + " without JSON");
    }
    if (response.statusCode() != 200) {
      throw ApiException.unavailable("instance " + StoreQueries.address(owner) + " answered "
          + response.statusCode() + ": " + body.path("message").asText(""));
    }
    return body;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
