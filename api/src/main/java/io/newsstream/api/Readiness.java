package io.newsstream.api;

import java.util.Set;
import java.util.TreeSet;

/**
 * Whether this instance can answer for what it holds: RUNNING, and a key query of every view
 * store succeeds on each of its active partitions (a partition restoring, or moved away, fails
 * it). What {@code /health/ready} reports.
 */
public final class Readiness {
  // A key no view has: readiness probes the stores, not a value.
  private static final String PROBE_KEY = "__newsstream_ready_probe__";

  private final LocalStores local;
  private final StorePartitions partitions;
  private final Set<String> stores;

  Readiness(LocalStores local, StorePartitions partitions, Set<String> stores) {
    this.local = local;
    this.partitions = partitions;
    this.stores = new TreeSet<>(stores);
  }

  /** Null when ready; else why not. */
  public String notReadyBecause() {
    try {
      local.requireRunning();
      for (String store : stores) {
        if (!partitions.inTopology(store)) {
          continue; // a view this app does not keep (a test topology with some of them)
        }
        Set<Integer> active = local.localActive(store);
        if (!active.isEmpty()) {
          local.probe(store, active, PROBE_KEY);
        }
      }
      return null;
    } catch (ApiException e) {
      return e.getMessage();
    }
  }
}
