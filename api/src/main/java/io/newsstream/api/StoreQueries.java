package io.newsstream.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * Interactive queries of the view stores across every instance of the app, with IQv2.
 *
 * <p>A key lives on one instance: {@link #get} asks Kafka Streams which one, reads it locally if
 * that is this instance, else asks that instance's local-only endpoint over HTTP. {@link #all}
 * asks every instance that holds a part of the store for exactly its partitions and merges the
 * answers. Whatever cannot be answered completely right now — not RUNNING, a rebalance, a
 * partition restoring or moved, an owner unreachable — is an {@link ApiException#unavailable 503},
 * never a partial answer.
 *
 * <p>The instances find each other through {@code application.server}: every instance must set
 * it to the host:port its Javalin serves on, and {@code self} must be that same HostInfo.
 */
public final class StoreQueries {
  /** Where instances ask each other; these routes answer from local state only and never forward. */
  public static final String INTERNAL_PREFIX = "/api/internal/stores/";
  /** Set on every answer of a store: the instance that read it from its local state. */
  public static final String SERVED_BY = "X-Newsstream-Served-By";
  /** Set on calls between instances, for logs and proxies: the answer must come from local state. */
  public static final String LOCAL_ONLY = "X-Newsstream-Local-Only";

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final KafkaStreams streams;
  private final HostInfo self;
  private final StorePartitions partitions;
  private final Set<String> queryable;
  // HTTP/1.1: the instances' Javalin speaks it; an h2c upgrade attempt buys nothing.
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();

  /** A key's value, null if the store has none, and which instance read it. */
  public record Lookup(JsonNode value, String servedBy) {
    public boolean found() {
      return value != null && !value.isNull();
    }
  }

  /** What one instance holds of a store: the partitions it answered for and their entries. */
  record Scan(Set<Integer> partitions, Map<String, JsonNode> entries) {}

  /**
   * @param self this instance's {@code application.server}
   * @param topology the app's topology, to know each store's partitions; null to trust whatever
   *     each instance holds (then only a failed partition, not a missing one, is noticed)
   * @param queryable the stores the internal routes may read: the views, not the app's private state
   */
  public StoreQueries(KafkaStreams streams, HostInfo self, TopologyDescription topology, Set<String> queryable) {
    this.streams = streams;
    this.self = self;
    this.partitions = new StorePartitions(topology);
    this.queryable = Set.copyOf(queryable);
  }

  public HostInfo self() {
    return self;
  }

  /** The value of {@code key} in {@code store}, from whichever instance holds it. */
  public Lookup get(String store, String key) {
    requireRunning();
    KeyQueryMetadata owner = ownerOf(store, key);
    if (owner.activeHost().equals(self)) {
      return getLocal(store, key);
    }
    return getRemote(owner.activeHost(), store, key);
  }

  /** Every entry of {@code store}, from every instance, merged and ordered by key. */
  public Map<String, JsonNode> all(String store) {
    requireRunning();
    Collection<StreamsMetadata> hosts;
    try {
      hosts = streams.streamsMetadataForStore(store);
    } catch (RuntimeException e) {
      throw ApiException.unavailable("no metadata for store " + store + " yet: " + e.getMessage(), e);
    }
    boolean planned = partitions.knows(store);
    List<CompletableFuture<Scan>> scans = new ArrayList<>();
    for (StreamsMetadata host : hosts) {
      Set<Integer> owned = planned ? partitions.of(store, host) : null;
      if (owned != null && owned.isEmpty()) {
        continue; // holds only standbys of the store
      }
      requireKnown(host.hostInfo());
      if (host.hostInfo().equals(self)) {
        scans.add(completedOrFailed(() -> allLocal(store, owned)));
      } else {
        scans.add(allRemote(host.hostInfo(), store, owned));
      }
    }
    if (scans.isEmpty()) {
      throw ApiException.unavailable("no instance holds store " + store + " yet (rebalancing?)");
    }
    Map<String, JsonNode> merged = new TreeMap<>();
    Set<Integer> answered = new TreeSet<>();
    for (CompletableFuture<Scan> scan : scans) {
      Scan part = join(scan);
      merged.putAll(part.entries());
      answered.addAll(part.partitions());
    }
    if (answered.isEmpty() || !StorePartitions.contiguous(answered)) {
      throw ApiException.unavailable(
          "store " + store + " is only partly assigned (partitions " + answered + "); a rebalance is under way");
    }
    return merged;
  }

  /** The key from this instance's state only: 503 if this instance does not hold it as active. */
  Lookup getLocal(String store, String key) {
    requireRunning();
    int partition = ownerOf(store, key).partition();
    StateQueryRequest<Object> request =
        StateQueryRequest.inStore(store)
            .withQuery(KeyQuery.<String, Object>withKey(key))
            .withPartitions(Set.of(partition))
            .requireActive();
    Object value = successes(query(request), Set.of(partition), store).get(partition);
    return new Lookup(value == null ? null : AvroJson.toJson(value), address(self));
  }

  /**
   * This instance's entries of {@code store} in {@code wanted}, or in every partition it holds
   * when null; 503 if any of them is not active and queryable here.
   */
  Scan allLocal(String store, Set<Integer> wanted) {
    requireRunning();
    StateQueryRequest<KeyValueIterator<String, Object>> request =
        StateQueryRequest.inStore(store).withQuery(RangeQuery.<String, Object>withNoBounds());
    request = (wanted == null ? request.withAllPartitions() : request.withPartitions(wanted)).requireActive();
    Map<Integer, KeyValueIterator<String, Object>> results = Map.of();
    try {
      results = successes(query(request), wanted == null ? Set.of() : wanted, store);
      Map<String, JsonNode> entries = new TreeMap<>();
      for (KeyValueIterator<String, Object> iterator : results.values()) {
        iterator.forEachRemaining(kv -> entries.put(kv.key, AvroJson.toJson(kv.value)));
      }
      return new Scan(new TreeSet<>(results.keySet()), entries);
    } catch (InvalidStateStoreException e) {
      throw ApiException.unavailable("store " + store + " closed while being read: " + e.getMessage(), e);
    } finally {
      results.values().forEach(KeyValueIterator::close);
    }
  }

  /**
   * The results of every partition of a query, or a 503 naming the first that failed or is
   * missing from {@code expected}. Failures are NOT_ACTIVE (a standby, or a thread not running),
   * NOT_PRESENT (moved away, or restoring), NOT_UP_TO_BOUND, STORE_EXCEPTION and the like: all say
   * "not now", none is the client's fault.
   */
  static <R> Map<Integer, R> successes(StateQueryResult<R> result, Set<Integer> expected, String store) {
    Map<Integer, QueryResult<R>> byPartition = result.getPartitionResults();
    for (int partition : expected) {
      if (!byPartition.containsKey(partition)) {
        throw ApiException.unavailable("store " + store + " partition " + partition + " is not here");
      }
    }
    Map<Integer, R> values = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    byPartition.forEach((partition, r) -> {
      if (r.isSuccess()) {
        values.put(partition, r.getResult());
      } else {
        failures.add("partition " + partition + ": " + r.getFailureReason() + " (" + r.getFailureMessage() + ")");
      }
    });
    if (!failures.isEmpty()) {
      values.values().forEach(StoreQueries::closeQuietly);
      throw ApiException.unavailable("store " + store + " cannot be read now: " + String.join("; ", failures));
    }
    return values;
  }

  /** The local-only routes the other instances call; mounted by {@link ApiRoutes}. */
  void mountInternal(Javalin app) {
    app.get(INTERNAL_PREFIX + "{store}/key", Guarded.guard(ctx -> {
      String store = queryableStore(ctx);
      String key = ctx.queryParam("key");
      if (key == null) {
        throw ApiException.badRequest("missing query parameter key");
      }
      Lookup lookup = getLocal(store, key);
      ctx.header(SERVED_BY, lookup.servedBy());
      if (!lookup.found()) {
        throw ApiException.notFound("no key " + key + " in " + store);
      }
      ObjectNode body = AvroJson.MAPPER.createObjectNode();
      body.set("value", lookup.value());
      json(ctx, body);
    }));
    app.get(INTERNAL_PREFIX + "{store}/all", Guarded.guard(ctx -> {
      String store = queryableStore(ctx);
      String param = ctx.queryParam("partitions");
      Set<Integer> wanted = param == null ? null : parsePartitions(param);
      Scan scan = allLocal(store, wanted);
      ctx.header(SERVED_BY, address(self));
      ObjectNode body = AvroJson.MAPPER.createObjectNode();
      scan.partitions().forEach(body.putArray("partitions")::add);
      ObjectNode entries = body.putObject("entries");
      scan.entries().forEach(entries::set);
      json(ctx, body);
    }));
  }

  private Lookup getRemote(HostInfo owner, String store, String key) {
    requireKnown(owner);
    HttpResponse<String> response = join(send(owner, INTERNAL_PREFIX + encode(store) + "/key?key=" + encode(key)));
    String servedBy = response.headers().firstValue(SERVED_BY).orElse(address(owner));
    if (response.statusCode() == 404) {
      return new Lookup(null, servedBy);
    }
    return new Lookup(body(owner, response).get("value"), servedBy);
  }

  private CompletableFuture<Scan> allRemote(HostInfo owner, String store, Set<Integer> wanted) {
    String query = wanted == null ? "" : "?partitions="
        + wanted.stream().map(String::valueOf).collect(Collectors.joining(","));
    return send(owner, INTERNAL_PREFIX + encode(store) + "/all" + query).thenApply(response -> {
      JsonNode body = body(owner, response);
      Set<Integer> answered = new TreeSet<>();
      body.path("partitions").forEach(p -> answered.add(p.asInt()));
      if (wanted != null && !answered.containsAll(wanted)) {
        throw ApiException.unavailable(address(owner) + " did not answer for all of partitions " + wanted + " of " + store);
      }
      Map<String, JsonNode> entries = new TreeMap<>();
      body.path("entries").fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
      return new Scan(answered, entries);
    });
  }

  private CompletableFuture<HttpResponse<String>> send(HostInfo owner, String pathAndQuery) {
    String host = owner.host().contains(":") ? "[" + owner.host() + "]" : owner.host();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + owner.port() + pathAndQuery))
            .timeout(REQUEST_TIMEOUT)
            .header(LOCAL_ONLY, "true")
            .header("Accept", "application/json")
            .GET()
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .exceptionally(e -> {
          Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
          throw ApiException.unavailable("instance " + address(owner) + " is not reachable: " + cause, cause);
        });
  }

  /** The JSON body of a 200; any other status of another instance is a 503 here, with its reason. */
  private static JsonNode body(HostInfo owner, HttpResponse<String> response) {
    JsonNode body;
    try {
      body = AvroJson.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw ApiException.unavailable("instance " + address(owner) + " answered HTTP " + response.statusCode() + " without JSON");
    }
    if (response.statusCode() != 200) {
      throw ApiException.unavailable(
          "instance " + address(owner) + " answered " + response.statusCode() + ": " + body.path("message").asText(""));
    }
    return body;
  }

  private KeyQueryMetadata ownerOf(String store, String key) {
    KeyQueryMetadata owner;
    try {
      owner = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
    } catch (RuntimeException e) {
      throw ApiException.unavailable("no metadata for " + store + " yet: " + e.getMessage(), e);
    }
    if (owner == null) {
      throw ApiException.unavailable("store " + store + " is not in the topology of this instance");
    }
    if (owner == KeyQueryMetadata.NOT_AVAILABLE || owner.activeHost() == null || owner.activeHost().port() < 0) {
      throw ApiException.unavailable("the owner of " + key + " in " + store + " is not known yet (rebalancing?)");
    }
    return owner;
  }

  private <R> StateQueryResult<R> query(StateQueryRequest<R> request) {
    try {
      return streams.query(request);
    } catch (StreamsException | IllegalStateException e) {
      // Not started, stopped or stopping, store not (yet) in the topology: not now.
      throw ApiException.unavailable("store " + request.getStoreName() + " cannot be queried: " + e.getMessage(), e);
    }
  }

  private void requireRunning() {
    KafkaStreams.State state = streams.state();
    if (state != KafkaStreams.State.RUNNING) {
      throw ApiException.unavailable("the streams app is " + state + ", not RUNNING");
    }
  }

  private static void requireKnown(HostInfo host) {
    if (host == null || host.port() < 0) {
      throw ApiException.unavailable(
          "an instance has no application.server; every instance must set it for interactive queries");
    }
  }

  private String queryableStore(Context ctx) {
    String store = ctx.pathParam("store");
    if (!queryable.contains(store)) {
      throw ApiException.notFound("no queryable store " + store);
    }
    return store;
  }

  private static Set<Integer> parsePartitions(String param) {
    try {
      return Arrays.stream(param.split(",")).filter(s -> !s.isBlank())
          .map(s -> Integer.parseInt(s.trim())).collect(Collectors.toCollection(TreeSet::new));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("partitions must be numbers separated by commas, not " + param);
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ApiException api) {
        throw api;
      }
      throw ApiException.unavailable("query failed: " + e.getCause(), e.getCause());
    }
  }

  private static <T> CompletableFuture<T> completedOrFailed(java.util.function.Supplier<T> work) {
    try {
      return CompletableFuture.completedFuture(work.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static void closeQuietly(Object result) {
    if (result instanceof KeyValueIterator<?, ?> iterator) {
      iterator.close();
    }
  }

  /** "host:port", as in application.server. */
  public static String address(HostInfo host) {
    return host.host() + ":" + host.port();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void json(Context ctx, JsonNode body) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(body.toString());
  }
}
