package io.newsstream.producer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.producer.IngestReport;
import io.newsstream.producer.source.ArticleJson;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The end-of-run summary, for people (a table) or for programs (one JSON object). */
public final class Summary {
  private Summary() {}

  /** Prints the table: read, sent, refused by reason, bytes, time and rate. */
  public static void table(IngestReport r, boolean dryRun, PrintWriter out) {
    out.printf(Locale.ROOT, "%-10s %12d%n", "read", r.read());
    out.printf(Locale.ROOT, "%-10s %12d%s%n", "sent", r.sent(), dryRun ? "  (dry run: nothing was published)" : "");
    out.printf(Locale.ROOT, "%-10s %12d%n", "refused", r.refused());
    for (Map.Entry<String, Long> e : new TreeMap<>(r.refusedByReason()).entrySet()) {
      out.printf(Locale.ROOT, "  %-24s %d%n", e.getKey(), e.getValue());
    }
    out.printf(Locale.ROOT, "%-10s %12s%n", "bytes", humanBytes(r.bytes()));
    out.printf(Locale.ROOT, "%-10s %12.2f s%n", "elapsed", r.elapsed().toNanos() / 1e9);
    out.printf(Locale.ROOT, "%-10s %12.1f articles/s, %s/s%n", "rate", r.articlesPerSecond(),
        humanBytes(r.elapsed().isZero() ? 0 : (long) (r.bytes() * 1e9 / r.elapsed().toNanos())));
    out.flush();
  }

  /** Prints the same as one line of JSON. */
  public static void json(IngestReport r, boolean dryRun, PrintWriter out) {
    ObjectNode json = ArticleJson.MAPPER.createObjectNode()
        .put("read", r.read())
        .put("sent", r.sent())
        .put("refused", r.refused())
        .put("bytes", r.bytes())
        .put("elapsedMillis", r.elapsed().toMillis())
        .put("articlesPerSecond", Math.round(r.articlesPerSecond() * 10) / 10.0)
        .put("dryRun", dryRun);
    ObjectNode reasons = json.putObject("refusedByReason");
    new TreeMap<>(r.refusedByReason()).forEach(reasons::put);
    out.println(json);
    out.flush();
  }

  static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }
}
