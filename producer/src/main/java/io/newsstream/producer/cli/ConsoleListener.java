package io.newsstream.producer.cli;

import io.newsstream.producer.IngestListener;
import io.newsstream.producer.IngestReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;

/**
 * Tells a person at the console what happens: each refusal on a line of its own, and the
 * progress bar, if there is one, moving with the bytes read. Keeps the totals of a long run.
 */
public final class ConsoleListener implements IngestListener {
  private final PrintWriter err;
  private final boolean quiet;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final Map<String, Long> refused = new TreeMap<>();
  private volatile ProgressBar bar;

  /** @param quiet whether to keep refusals off the console (they are still counted and dead-lettered) */
  public ConsoleListener(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  /** Moves this bar from now on; null for none. */
  public void showProgressOn(ProgressBar progressBar) {
    this.bar = progressBar;
  }

  @Override
  public void onAccepted(String articleId, String origin) {
    accepted.incrementAndGet();
    updateBar();
  }

  @Override
  public void onRefused(String reason, String detail, String origin) {
    synchronized (refused) {
      refused.merge(reason, 1L, Long::sum);
    }
    if (!quiet) {
      synchronized (err) {
        // Start of line, cleared: the bar redraws itself below.
        err.print(bar == null ? "" : "\r\033[K");
        err.println("refused " + reason + " " + origin + ": " + detail);
        err.flush();
      }
    }
    updateBar();
  }

  @Override
  public void onBytesRead(long n) {
    bytes.addAndGet(n);
    ProgressBar b = bar;
    if (b != null) {
      b.stepBy(n);
    }
  }

  /** The totals so far, as a report (without the ids) of a run of the given length. */
  public IngestReport totals(Duration elapsed) {
    Map<String, Long> byReason = refused();
    long refusedCount = byReason.values().stream().mapToLong(Long::longValue).sum();
    return new IngestReport(accepted.get() + refusedCount, accepted.get(), byReason, bytes.get(), elapsed, List.of());
  }

  private Map<String, Long> refused() {
    synchronized (refused) {
      return Map.copyOf(refused);
    }
  }

  private void updateBar() {
    ProgressBar b = bar;
    if (b != null) {
      long refusedCount = refused().values().stream().mapToLong(Long::longValue).sum();
      b.setExtraMessage(" sent " + accepted.get() + ", refused " + refusedCount);
    }
  }
}
