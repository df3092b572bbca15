package io.newsstream.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeasuresTest {
  @Test
  void theRateLeavesTheFirstTenthOut() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      // A slow start: the first ten take 10 s each, then one every 10 ms.
      nanos[i] = i < 10 ? i * 10_000_000_000L : 90_000_000_000L + (i - 9) * 10_000_000L;
    }
    // From item 10 to item 99: 89 intervals of 10 ms.
    assertThat(Throughput.perSecond(nanos, 100)).isCloseTo(100, within(0.001));
    assertThat(Throughput.perSecond(nanos, 1)).isZero();
  }

  @Test
  void percentilesAreNearestRank() {
    Latencies latencies = new Latencies();
    for (int ms = 2000; ms >= 1; ms--) {
      latencies.add(ms);
    }
    assertThat(latencies.count()).isEqualTo(2000);
    assertThat(latencies.percentile(50)).isEqualTo(1000);
    assertThat(latencies.percentile(99)).isEqualTo(1980);
    assertThat(latencies.percentile(100)).isEqualTo(2000);
    assertThat(new Latencies().percentile(50)).isZero();
  }

  @Test
  void latenciesPastTheWarmUpLeaveTheFirstOnesOut() {
    Latencies latencies = new Latencies();
    for (int i = 0; i < 100; i++) {
      latencies.add(i < 10 ? 5_000 : 100 + i);
    }
    Latencies pastWarmUp = latencies.from(10);
    assertThat(pastWarmUp.count()).isEqualTo(90);
    assertThat(pastWarmUp.percentile(100)).isEqualTo(199);
    assertThat(latencies.percentile(100)).isEqualTo(5_000);
  }

  @Test
  void heapPeakIsAtLeastWhatIsInUse() {
    try (HeapWatch heap = new HeapWatch()) {
      byte[] held = new byte[32 << 20];
      heap.sample();
      assertThat(heap.peakBytes()).isGreaterThan(held.length);
    }
  }
}
