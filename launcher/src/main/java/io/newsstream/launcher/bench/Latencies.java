package io.newsstream.launcher.bench;

import java.util.Arrays;

/** Latencies in milliseconds and their percentiles (nearest rank). Not thread-safe: one thread adds. */
public final class Latencies {
  private long[] millis = new long[1024];
  private int count;

  public void add(long latencyMillis) {
    if (count == millis.length) {
      millis = Arrays.copyOf(millis, count * 2);
    }
    millis[count++] = latencyMillis;
  }

  public int count() {
    return count;
  }

  /** The latencies from the {@code first}-th added on (in the order added), e.g. those past a warm-up. */
  public Latencies from(int first) {
    Latencies later = new Latencies();
    for (int i = Math.max(0, first); i < count; i++) {
      later.add(millis[i]);
    }
    return later;
  }

  /**
   * @param p in (0, 100]
   * @return the smallest latency that at least {@code p} % of all are at or below; 0 if none
   */
  public long percentile(double p) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(millis, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * count);
    return sorted[Math.max(0, Math.min(count, rank) - 1)];
  }
}
