package io.newsstream.launcher.bench;

/**
 * The sustained rate of a flow, from the moments its items came out. The first tenth is left out:
 * it holds the flow's own start (first fetches, caches and the JIT warming up), which a long run
 * pays once and a short run would let dominate.
 */
public final class Throughput {
  /** The share of the first items left out of the rate. */
  public static final double WARM_UP_SHARE = 0.1;

  private Throughput() {}

  /**
   * @param nanos {@link System#nanoTime()} of each item as it came out, in order; only the first
   *     {@code count} are read
   * @return items per second from the first item past the warm-up to the last; 0 with fewer than two
   */
  public static double perSecond(long[] nanos, int count) {
    int first = (int) (count * WARM_UP_SHARE);
    if (count - first < 2 || nanos[count - 1] == nanos[first]) {
      return 0;
    }
    return (count - 1 - first) * 1e9 / (nanos[count - 1] - nanos[first]);
  }
}
