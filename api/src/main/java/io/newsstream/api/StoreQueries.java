package io.newsstream.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Interactive queries of the view stores across every instance of the app, with IQv2.
 *
 * <p>A key lives on one instance: {@link #get} asks Kafka Streams which one, reads it locally
 * ({@link LocalStores}) if that is this instance, else asks that instance ({@link PeerClient}).
 * {@link #all} asks every instance that holds a part of the store for exactly its partitions and
 * merges the answers, typed; it is complete only when every partition of the store (as many as
 * its changelog has) answered. Whatever cannot be answered completely right now — not RUNNING, a
 * rebalance, a partition restoring, moved or without owner, an owner unreachable — is an
 * {@link ApiException#unavailable 503}, never a partial answer.
 *
 * <p>The instances find each other through {@code application.server}: every instance must set
 * it to the host:port its Javalin serves on, and {@code self} must be that same HostInfo.
 */
public final class StoreQueries {
  /** Where instances ask each other ({@link InternalRoutes}); they answer from local state only. */
  public static final String INTERNAL_PREFIX = "/api/internal/stores/";
  /** Set on every answer of a store: the instance that read it from its local state. */
  public static final String SERVED_BY = "X-Newsstream-Served-By";

  private final KafkaStreams streams;
  private final HostInfo self;
  private final LocalStores local;
  private final PeerClient peers = new PeerClient();
  private final StorePartitions partitions;
  private final StorePartitionCounts counts;
  private final Set<String> scanStores;

  /** A key's value as JSON, null if the store has none, and which instance read it. */
  public record Lookup(JsonNode value, String servedBy) {
    public boolean found() {
      return value != null && !value.isNull();
    }
  }

  /** A key's value, typed, null if the store has none, and which instance read it. */
  public record Typed<V>(V value, String servedBy) {}

  /**
   * @param self this instance's {@code application.server}
   * @param partitions which partitions of a store each instance holds
   * @param counts how many partitions each store has, to know an "all" query is complete
   * @param scanStores the stores that may be read whole: small ones only, as a whole store is
   *     held in memory to be merged and answered
   */
  StoreQueries(KafkaStreams streams, HostInfo self, LocalStores local, StorePartitions partitions,
      StorePartitionCounts counts, Set<String> scanStores) {
    this.streams = streams;
    this.self = self;
    this.local = local;
    this.partitions = partitions;
    this.counts = counts;
    this.scanStores = Set.copyOf(scanStores);
  }

  public HostInfo self() {
    return self;
  }

  /** The value of {@code key} in {@code store} as JSON, from whichever instance holds it. */
  public Lookup get(String store, String key) {
    HostInfo owner = ownerOf(store, key);
    if (owner.equals(self)) {
      Object value = local.get(store, key);
      return new Lookup(value == null ? null : AvroJson.toJson(value), address(self));
    }
    PeerClient.Answer answer = PeerClient.join(peers.get(owner, store, key, false));
    return new Lookup(answer.value(), answer.servedBy());
  }

  /** The value of {@code key} in {@code store} as a {@code type}, from whichever instance holds it. */
  public <V> Typed<V> get(String store, String key, Class<V> type) {
    HostInfo owner = ownerOf(store, key);
    if (owner.equals(self)) {
      return new Typed<>(type.cast(local.get(store, key)), address(self));
    }
    PeerClient.Answer answer = PeerClient.join(peers.get(owner, store, key, true));
    return new Typed<>(answer.value() == null ? null : StoreWire.read(answer.value(), type, answer.servedBy()),
        answer.servedBy());
  }

  private HostInfo ownerOf(String store, String key) {
    local.requireRunning();
    HostInfo owner = local.ownerOf(store, key).activeHost();
    requireKnown(owner);
    return owner;
  }

  /**
   * Every entry of {@code store}, from every instance, merged and ordered by key, each value a
   * {@code type}.
   *
   * @throws IllegalArgumentException if {@code store} is not one of the scannable stores
   */
  public <V> Map<String, V> all(String store, Class<V> type) {
    if (!scanStores.contains(store)) {
      throw new IllegalArgumentException(store + " is not a store that may be read whole");
    }
    local.requireRunning();
    int count = counts.of(store);
    Collection<StreamsMetadata> hosts;
    try {
      hosts = streams.streamsMetadataForStore(store);
    } catch (RuntimeException e) {
      throw ApiException.unavailable("no metadata for store " + store + " yet: " + e.getMessage(), e);
    }
    boolean planned = partitions.knows(store);
    List<CompletableFuture<LocalStores.Scan<V>>> scans = new ArrayList<>();
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
        scans.add(peers.all(host.hostInfo(), store, owned, type));
      }
    }
    // The other instances are asked first: their answers travel while this one scans its own.
    if (here) {
      Set<Integer> wanted = ownedHere;
      scans.add(completedOrFailed(() -> typed(local.all(store, wanted), type)));
    }
    Map<String, V> merged = new TreeMap<>();
    Set<Integer> answered = new TreeSet<>();
    for (CompletableFuture<LocalStores.Scan<V>> scan : scans) {
      LocalStores.Scan<V> part = PeerClient.join(scan);
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

  /** This instance's values as {@code type}: a store holding something else is a bug of the caller. */
  private static <V> LocalStores.Scan<V> typed(LocalStores.Scan<Object> scan, Class<V> type) {
    Map<String, V> entries = new TreeMap<>();
    scan.entries().forEach((key, value) -> entries.put(key, type.cast(value)));
    return new LocalStores.Scan<>(scan.partitions(), entries);
  }

  private static void requireKnown(HostInfo host) {
    if (host == null || host.port() < 0) {
      throw ApiException.unavailable(
          "an instance has no application.server; every instance must set it for interactive queries");
    }
  }

  private static <T> CompletableFuture<T> completedOrFailed(Supplier<T> work) {
    try {
      return CompletableFuture.completedFuture(work.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
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
}
