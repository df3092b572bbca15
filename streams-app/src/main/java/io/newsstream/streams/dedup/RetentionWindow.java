package io.newsstream.streams.dedup;

import java.time.Duration;

/**
 * The range a de-duplication window store is read over: whatever was filed within the retention
 * period either side of a record's time. The stores' windows are as long as the period.
 */
record RetentionWindow(long millis) {
  RetentionWindow(Duration retention) {
    this(retention.toMillis());
  }

  long from(long time) {
    return Math.max(0, time - millis + 1);
  }

  long to(long time) {
    return time + millis - 1;
  }
}
