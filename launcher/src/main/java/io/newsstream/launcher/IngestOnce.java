package io.newsstream.launcher;

import io.newsstream.producer.IngestListener;
import io.newsstream.producer.IngestReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Ingests files into a running pipeline ({@code newsstream run}), and waits until it has decided on
 * every article and nothing has changed for a moment ({@code run --once}, {@code dedup-eval}).
 */
final class IngestOnce {
  private static final int NAMED_INPUTS = 3;

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
    IngestReport report = ingest(pipeline, inputs, status,
        (articleId, origin) -> origins.computeIfAbsent(articleId, id -> new CopyOnWriteArrayList<>()).add(origin));
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

  /**
   * Sends {@code inputs} through the pipeline's producer, saying on {@code status} what it does and
   * each input refused and why, as {@code newsstream produce} does.
   *
   * @param onAccepted told the article id and origin of each input sent
   */
  static IngestReport ingest(Pipeline pipeline, List<Path> inputs, Consumer<String> status,
      BiConsumer<String, String> onAccepted) {
    status.accept("ingesting " + named(inputs));
    IngestReport report = pipeline.producer().ingest(inputs, new IngestListener() {
      @Override
      public void onAccepted(String articleId, String origin) {
        onAccepted.accept(articleId, origin);
      }

      @Override
      public void onRefused(String reason, String detail, String origin) {
        status.accept("refused " + reason + " " + origin + ": " + detail);
      }
    });
    status.accept(String.format("ingested: %d sent, %d refused, %d read", report.sent(), report.refused(), report.read()));
    return report;
  }

  /** The inputs for a status line: a folder of files given one by one would fill the screen. */
  static String named(List<Path> inputs) {
    if (inputs.size() <= NAMED_INPUTS) {
      return inputs.toString();
    }
    return inputs.size() + " inputs: " + inputs.subList(0, NAMED_INPUTS).stream().map(Path::toString)
        .collect(Collectors.joining(", ")) + " and " + (inputs.size() - NAMED_INPUTS) + " more";
  }
}
