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
import java.util.Objects;
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
 * that is this instance, else asks that instance's internal endpoint over HTTP. {@link #all} asks
 * every instance that holds a part of the store for exactly its partitions and merges the answers;
 * it is complete only when every partition of the store (as many as its changelog has) answered.
 * Whatever cannot be answered completely right now — not RUNNING, a rebalance, a partition
 * restoring, moved or without owner, an owner unreachable — is an {@link ApiException#unavailable
 * 503}, never a partial answer.
 *
 * <p>The instances find each other through {@code application.server}: every instance must set
 * it to the host:port its Javalin serves on, and {@code self} must be that same HostInfo.
 */
public final class StoreQueries {
  /** Where instances ask each other; these routes answer from local state only and never forward. */
  public static final String INTERNAL_PREFIX = "/api/internal/stores/";
  /** Set on every answer of a store: the instance that read it from its local state. */
  public static final String SERVED_BY = "X-Newsstream-Served-By";

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  // Another instance answers from its local state in milliseconds; one that takes seconds is
  // stuck or gone, and the client is better served by a 503 with Retry-After than by waiting.
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  // A key no view has: readiness probes the stores, not a value.
  private static final String PROBE_KEY = "__newsstream_ready_probe__";

  private final KafkaStreams streams;
  private final HostInfo self;
  private final StorePartitions partitions;
  private final StorePartitionCounts counts;
  private final Set<String> keyStores;
  private final Set<String> scanStores;
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
   * @param topology the app's topology, to know which partitions of a store each instance holds
   * @param counts how many partitions each store has, to know an "all" query is complete
   * @param keyStores the stores whose keys may be read, here and by the other instances: the
   *     views, not the app's private state
   * @param scanStores the stores that may be read whole: small ones only, as a whole store is
   *     held in memory to be merged and answered
   */
  public StoreQueries(KafkaStreams streams, HostInfo self, TopologyDescription topology,
      StorePartitionCounts counts, Set<String> keyStores, Set<String> scanStores) {
    this.streams = streams;
    this.self = self;
    this.partitions = new StorePartitions(Objects.requireNonNull(topology, "topology"));
    this.counts = counts;
    this.keyStores = Set.copyOf(keyStores);
    this.scanStores = Set.copyOf(scanStores);
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

  /**
   * Every entry of {@code store}, from every instance, merged and ordered by key.
   *
   * @throws IllegalArgumentException if {@code store} is not one of the scannable stores
   */
  public Map<String, JsonNode> all(String store) {
    if (!scanStores.contains(store)) {
      throw new IllegalArgumentException(store + " is not a store that may be read whole");
    }
    requireRunning();
    int count = counts.of(store);
    Collection<StreamsMetadata> hosts;
    try {
      hosts = streams.streamsMetadataForStore(store);
    } catch (RuntimeException e) {
      throw ApiException.unavailable("no metadata for store " + store + " yet: " + e.getMessage(), e);
    }
    boolean planned = partitions.knows(store);
    List<CompletableFuture<Scan>> scans = new ArrayList<>();
    Set<Integer> ownedHere = null;
    boolean here = false;
    for (StreamsMetadata host : hosts) {
      Set<Integer> owned = planned ? partitions.of(store, host) : null;
      if (owned != null && owned.isEmpty()) {
        continue; // holds only standbys of the store
      }
      requireKnown(host.hostInfo());
      if (host.hostInfo().equals(self)) {
        here = true;
        ownedHere = owned;
      } else {
        scans.add(allRemote(host.hostInfo(), store, owned));
      }
    }
    // The other instances are asked first: their answers travel while this one scans its own.
    if (here) {
      Set<Integer> wanted = ownedHere;
      scans.add(completedOrFailed(() -> allLocal(store, wanted)));
    }
    Map<String, JsonNode> merged = new TreeMap<>();
    Set<Integer> answered = new TreeSet<>();
    for (CompletableFuture<Scan> scan : scans) {
      Scan part = join(scan);
      merged.putAll(part.entries());
      answered.addAll(part.partitions());
    }
    Set<Integer> missing = StorePartitions.missing(answered, count);
    if (!missing.isEmpty()) {
      throw ApiException.unavailable("store " + store + " has " + count + " partitions, no instance answered for "
          + missing + "; a rebalance is under way");
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
    Object value = successes(query(request), store).get(partition);
    return new Lookup(value == null ? null : AvroJson.toJson(value), address(self));
  }

  /**
   * This instance's entries of {@code store} in {@code wanted}, or in every partition it holds as
   * active when null; 503 if any of them is not active and queryable here.
   */
  Scan allLocal(String store, Set<Integer> wanted) {
    requireRunning();
    Set<Integer> asked = wanted == null ? localActive(store) : wanted;
    if (asked.isEmpty()) {
      return new Scan(Set.of(), Map.of());
    }
    StateQueryRequest<KeyValueIterator<String, Object>> request =
        StateQueryRequest.inStore(store).withQuery(RangeQuery.<String, Object>withNoBounds())
            .withPartitions(asked).requireActive();
    Map<Integer, KeyValueIterator<String, Object>> results = Map.of();
    try {
      results = successes(query(request), store);
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

  /** The partitions of {@code store} this instance runs as active tasks (standbys left out). */
  Set<Integer> localActive(String store) {
    try {
      return partitions.localActive(store, streams.metadataForLocalThreads());
    } catch (RuntimeException e) {
      throw ApiException.unavailable("no task metadata of this instance yet: " + e.getMessage(), e);
    }
  }

  /**
   * Null when this instance can answer for what it holds: RUNNING, and a key query of every store
   * it may answer for succeeds on each of its active partitions; else why not.
   */
  public String notReadyBecause() {
    try {
      requireRunning();
      for (String store : new TreeSet<>(keyStores)) {
        if (!partitions.inTopology(store)) {
          continue; // a view this app does not keep (a test topology with some of them)
        }
        Set<Integer> active = localActive(store);
        if (!active.isEmpty()) {
          successes(query(StateQueryRequest.inStore(store).withQuery(KeyQuery.<String, Object>withKey(PROBE_KEY))
              .withPartitions(active).requireActive()), store);
        }
      }
      return null;
    } catch (ApiException e) {
      return e.getMessage();
    }
  }

  /**
   * The results of every partition of a query, or a 503 naming those that failed. A query names
   * its partitions, and IQv2 answers each of them, with a failure if need be. Failures are NOT_ACTIVE (a standby, or a thread not running),
   * NOT_PRESENT (moved away, or restoring), NOT_UP_TO_BOUND, STORE_EXCEPTION and the like: all say
   * "not now", none is the client's fault.
   */
  static <R> Map<Integer, R> successes(StateQueryResult<R> result, String store) {
    Map<Integer, QueryResult<R>> byPartition = result.getPartitionResults();
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
      String store = store(ctx, keyStores);
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
    // Only the small stores a public route reads whole: articles-by-id, with full texts, would be
    // held in memory at once.
    app.get(INTERNAL_PREFIX + "{store}/all", Guarded.guard(ctx -> {
      String store = store(ctx, scanStores);
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
    if (isNoSuchKey(response)) {
      return new Lookup(null, servedBy);
    }
    return new Lookup(body(owner, response).get("value"), servedBy);
  }

  /**
   * Whether another instance's answer says it read its state and the key is not there. Any other
   * 404 — a proxy, an instance of another version without the route — says nothing about the key
   * and is a 503 like every other failure of the instance.
   */
  static boolean isNoSuchKey(HttpResponse<String> response) {
    if (response.statusCode() != 404 || response.headers().firstValue(SERVED_BY).isEmpty()) {
      return false;
    }
    try {
      return "not_found".equals(AvroJson.MAPPER.readTree(response.body()).path("error").asText());
    } catch (IOException e) {
      return false;
    }
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
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + address(owner) + pathAndQuery))
            .timeout(REQUEST_TIMEOUT)
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

  private static String store(Context ctx, Set<String> allowed) {
    String store = ctx.pathParam("store");
    if (!allowed.contains(store)) {
      throw ApiException.notFound("no store " + store + " to read this way");
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

  /**
   * "host:port", as in application.server and in URLs; an IPv6 host in brackets ("[::1]:8080"),
   * which both read.
   */
  public static String address(HostInfo host) {
    String name = host.host().contains(":") ? "[" + host.host() + "]" : host.host();
    return name + ":" + host.port();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void json(Context ctx, JsonNode body) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(body.toString());
  }
}
