package io.newsstream.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Reads of this instance's own state with IQv2, active partitions only: what it answers for
 * itself and for the other instances ({@link InternalRoutes}). Anything that cannot be read right
 * now (not RUNNING, a rebalance, a partition restoring or moved) is an {@link ApiException#unavailable 503}.
 */
final class LocalStores {
  private final KafkaStreams streams;
  private final StorePartitions partitions;

  LocalStores(KafkaStreams streams, StorePartitions partitions) {
    this.streams = streams;
    this.partitions = partitions;
  }

  /** What one instance holds of a store: the partitions it answered for and their entries. */
  record Scan<V>(Set<Integer> partitions, Map<String, V> entries) {}

  /** The value of {@code key}, or null; 503 if this instance does not hold its partition as active. */
  Object get(String store, String key) {
    requireRunning();
    int partition = ownerOf(store, key).partition();
    StateQueryRequest<Object> request =
        StateQueryRequest.inStore(store)
            .withQuery(KeyQuery.<String, Object>withKey(key))
            .withPartitions(Set.of(partition))
            .requireActive();
    return unwrap(successes(query(request), store).get(partition));
  }

  /**
   * This instance's entries of {@code store} in {@code wanted}, or in every partition it holds as
   * active when null; 503 if any of them is not active and queryable here.
   */
  Scan<Object> all(String store, Set<Integer> wanted) {
    requireRunning();
    Set<Integer> asked = wanted == null ? localActive(store) : wanted;
    if (asked.isEmpty()) {
      return new Scan<>(Set.of(), Map.of());
    }
    StateQueryRequest<KeyValueIterator<String, Object>> request =
        StateQueryRequest.inStore(store).withQuery(RangeQuery.<String, Object>withNoBounds())
            .withPartitions(asked).requireActive();
    Map<Integer, KeyValueIterator<String, Object>> results = Map.of();
    try {
      results = successes(query(request), store);
      Map<String, Object> entries = new TreeMap<>();
      for (KeyValueIterator<String, Object> iterator : results.values()) {
        iterator.forEachRemaining(kv -> entries.put(kv.key, unwrap(kv.value)));
      }
      return new Scan<>(new TreeSet<>(results.keySet()), entries);
    } catch (InvalidStateStoreException e) {
      throw ApiException.unavailable("store " + store + " closed while being read: " + e.getMessage(), e);
    } finally {
      results.values().forEach(KeyValueIterator::close);
    }
  }

  /** Reads {@code key} in each of {@code active}: a 503 names the partitions that cannot be read. */
  void probe(String store, Set<Integer> active, String key) {
    successes(query(StateQueryRequest.inStore(store).withQuery(KeyQuery.<String, Object>withKey(key))
        .withPartitions(active).requireActive()), store);
  }

  /** The partitions of {@code store} this instance runs as active tasks (standbys left out). */
  Set<Integer> localActive(String store) {
    try {
      return partitions.localActive(store, streams.metadataForLocalThreads());
    } catch (RuntimeException e) {
      throw ApiException.unavailable("no task metadata of this instance yet: " + e.getMessage(), e);
    }
  }

  /** Which instance holds {@code key} of {@code store} as active, and in which partition. */
  KeyQueryMetadata ownerOf(String store, String key) {
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

  void requireRunning() {
    KafkaStreams.State state = streams.state();
    if (state != KafkaStreams.State.RUNNING) {
      throw ApiException.unavailable("the streams app is " + state + ", not RUNNING");
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
      values.values().forEach(LocalStores::closeQuietly);
      throw ApiException.unavailable("store " + store + " cannot be read now: " + String.join("; ", failures));
    }
    return values;
  }

  private <R> StateQueryResult<R> query(StateQueryRequest<R> request) {
    try {
      return streams.query(request);
    } catch (StreamsException | IllegalStateException e) {
      // Not started, stopped or stopping, store not (yet) in the topology: not now.
      throw ApiException.unavailable("store " + request.getStoreName() + " cannot be queried: " + e.getMessage(), e);
    }
  }

  /** A timestamped store answers with the value and its timestamp; the API wants the value. */
  private static Object unwrap(Object value) {
    return value instanceof ValueAndTimestamp<?> timestamped ? timestamped.value() : value;
  }

  private static void closeQuietly(Object result) {
    if (result instanceof KeyValueIterator<?, ?> iterator) {
      iterator.close();
    }
  }
}
