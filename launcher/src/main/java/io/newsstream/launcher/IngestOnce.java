package io.newsstream.launcher;

import io.newsstream.producer.IngestListener;
import io.newsstream.producer.IngestReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Ingests files into a running pipeline and waits until it has decided on every article and nothing
 * has changed for a moment: {@code newsstream run --once} and {@code newsstream dedup-eval}.
 */
final class IngestOnce {
  /**
   * @param origins the origins (absolute file paths) sent under each article id, in the order sent
   * @param complete whether every verdict came before the timeout
   */
  record Outcome(IngestReport report, VerdictTally tally, Map<String, List<String>> origins, boolean complete) {}

  private IngestOnce() {}

  /**
   * @param status told progress and each refused input, one line each
   */
  static Outcome run(Pipeline pipeline, List<Path> inputs, Duration timeout, Consumer<String> status) {
    Map<String, List<String>> origins = new ConcurrentHashMap<>();
    status.accept("ingesting " + inputs);
    IngestReport report = pipeline.producer().ingest(inputs, new IngestListener() {
      @Override
      public void onAccepted(String articleId, String origin) {
        origins.computeIfAbsent(articleId, id -> new CopyOnWriteArrayList<>()).add(origin);
      }

      @Override
      public void onRefused(String reason, String detail, String origin) {
        status.accept("refused " + reason + " " + origin + ": " + detail);
      }
    });
    status.accept(String.format("ingested: %d sent, %d refused, %d read", report.sent(), report.refused(), report.read()));
    VerdictTally tally = new VerdictTally(report.sentIds());
    long[] lastShown = {-1};
    boolean complete = pipeline.verdicts().await(tally, report.sent(), timeout, () -> {
      if (tally.decided() != lastShown[0]) {
        lastShown[0] = tally.decided();
        status.accept("processed " + tally.decided() + "/" + report.sent());
      }
    });
    return new Outcome(report, tally, origins, complete);
  }
}
