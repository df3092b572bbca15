package io.newsstream.streams.dedup;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The retention period of the de-duplication stores: how they are built, and the range they are
 * read over (whatever was filed within the period either side of a record's time).
 */
record RetentionWindow(long millis) {
  RetentionWindow(Duration retention) {
    this(retention.toMillis());
  }

  /**
   * A de-duplication store keyed by string: windows as long as the retention period, since the only
   * question asked is "what was filed within the period of this record's time", a fetch over that
   * range; whole windows are dropped once older than the period.
   *
   * @param retainDuplicates keep every value put under a key, not only the latest
   */
  static <V> StoreBuilder<WindowStore<String, V>> store(
      String name, Duration retention, boolean retainDuplicates, Serde<V> values) {
    return Stores.windowStoreBuilder(
        Stores.persistentWindowStore(name, retention, retention, retainDuplicates), Serdes.String(), values);
  }

  /** The value filed last under the key within the period around {@code time}, or null. */
  <V> V latest(WindowStore<String, V> store, String key, long time) {
    V latest = null;
    try (WindowStoreIterator<V> stored = store.fetch(key, from(time), to(time))) {
      while (stored.hasNext()) {
        latest = stored.next().value;
      }
    }
    return latest;
  }

  long from(long time) {
    return Math.max(0, time - millis + 1);
  }

  long to(long time) {
    return time + millis - 1;
  }
}
