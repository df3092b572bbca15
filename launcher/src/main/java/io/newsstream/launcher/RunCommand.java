package io.newsstream.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.cli.DataDirOptions;
import io.newsstream.cli.HttpHostOptions;
import io.newsstream.cli.KafkaOptions;
import io.newsstream.cli.RegistryUrlOptions;
import io.newsstream.cli.ReplicationOptions;
import io.newsstream.cli.Shutdown;
import io.newsstream.producer.IngestReport;
import io.newsstream.registry.RegistryAccessOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsstream run}: the whole pipeline in one process, on the embedded default or a real cluster. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the whole pipeline: broker (embedded unless --bootstrap-servers), schema registry "
          + "(embedded unless --schema-registry-url), the streams app and the producer. "
          + "Everything reached over HTTP is on one port: the registry under /registry, the ingest "
          + "endpoint POST /api/ingest.",
      "",
      "With --once it ingests --input, waits until the pipeline has decided on every article, "
          + "prints a one-line JSON summary on stdout and exits; otherwise it runs until Ctrl-C."
    })
final class RunCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
      description = "Files or directories to ingest (.txt, .html, .json, .jsonl); '-' for stdin.")
  List<Path> inputs = List.of();

  @Option(names = "--once",
      description = "Ingest --input, wait for every verdict, print the JSON summary, exit.")
  boolean once;

  @Option(names = "--verdicts",
      description = "With --once: before the summary, print one JSON line per article: its origins, "
          + "and unique, rejected, or the duplicate of which article (by origin), how (EXACT, NEAR) and how similar.")
  boolean printVerdicts;

  @Mixin DataDirOptions data;

  @Mixin HttpHostOptions httpHost;

  @Option(names = "--ingest-token", paramLabel = "TOKEN", defaultValue = "${env:NEWSSTREAM_INGEST_TOKEN}",
      description = "Require 'Authorization: Bearer TOKEN' on POST /api/ingest (env NEWSSTREAM_INGEST_TOKEN); "
          + "the API and dashboard stay readable without it.")
  String ingestToken;

  @Mixin RegistryAccessOptions registryAccess;

  @Mixin KafkaOptions kafka;

  @Mixin RegistryUrlOptions registry;

  @Option(names = "--kafka-port", defaultValue = "${env:NEWSSTREAM_KAFKA_PORT:-9092}",
      description = "Client port of the embedded broker (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int kafkaPort;

  @Mixin InstanceOptions instance;

  @Option(names = "--partitions", defaultValue = "4",
      description = "Partitions of the topics created at start (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Mixin ReplicationOptions replication;

  @Option(names = "--timeout", defaultValue = "PT10M",
      description = "With --once: how long to wait for the pipeline (ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    if (once && inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--once needs --input PATH...");
    }
    Path dataDir = data.dataDir();
    Files.createDirectories(dataDir);
    Path logFile = dataDir.resolve("logs").resolve("newsstream.log");
    Files.createDirectories(logFile.getParent());
    LogFile.redirectTo(logFile);
    status("logs: %s", logFile);

    try (Shutdown shutdown = new Shutdown();
        Pipeline pipeline = start()) {
      if (once) {
        return ingestOnce(pipeline);
      }
      if (!inputs.isEmpty()) {
        IngestOnce.ingest(pipeline, inputs, line -> status("%s", line), (articleId, origin) -> {});
      }
      status("running; Ctrl-C stops");
      shutdown.await();
      status("stopping");
      return 0;
    }
  }

  private Pipeline start() throws Exception {
    return Pipeline.start(new Pipeline.Settings(data.dataDir(), kafka.given(), kafkaPort, registry.given(),
        httpHost.host(kafka.embedded()), instance.httpPort(), ingestToken, registryAccess.userInfo(), registryAccess::access,
        partitions, replication.replicationFactor(), kafka.properties(), instance.advertisedHost(), instance::applyTo),
        line -> status("%s", line), once);
  }

  private int ingestOnce(Pipeline pipeline) throws Exception {
    IngestOnce.Outcome outcome = IngestOnce.run(pipeline, inputs, timeout, line -> status("%s", line));
    IngestReport report = outcome.report();
    VerdictTally tally = outcome.tally();
    PrintWriter out = spec.commandLine().getOut();
    if (printVerdicts) {
      printVerdicts(out, tally, outcome.origins());
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("ingested", report.sent());
    summary.put("rejected", report.refused() + tally.rejected());
    summary.put("duplicates", tally.duplicates());
    summary.put("articles", tally.articles());
    summary.put("languages", tally.languages());
    summary.put("refusedByReason", report.refusedByReason());
    summary.put("complete", outcome.complete());
    summary.put("elapsedMs", report.elapsed().toMillis());
    out.println(JSON.writeValueAsString(summary));
    out.flush();
    if (!outcome.complete()) {
      status("timed out after %s with %d of %d verdicts", timeout, tally.decided(), report.sent());
      return 2;
    }
    return 0;
  }

  /**
   * One line per input sent, in the order of origins; canonical articles named by origin. An input
   * sent under an id an earlier input of the run already had (the same canonical URL, or the same
   * text) is a re-send: the pipeline's verdict on it is "duplicate of itself", shown here as a
   * duplicate of that earlier input.
   */
  private static void printVerdicts(PrintWriter out, VerdictTally tally, Map<String, List<String>> origins)
      throws IOException {
    Map<String, Map<String, Object>> lines = new TreeMap<>();
    origins.forEach((id, sentFrom) -> {
      VerdictTally.Verdict verdict = tally.verdictOf(id);
      for (int i = 0; i < sentFrom.size(); i++) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("origin", sentFrom.get(i));
        line.put("id", id);
        if (i > 0) {
          line.put("verdict", "duplicate");
          line.put("duplicateOf", sentFrom.get(0));
          line.put("kind", "EXACT");
          line.put("similarity", 1.0);
        } else {
          line.put("verdict", verdict == null ? "undecided" : verdict.verdict());
          if (verdict != null && verdict.canonicalId() != null) {
            List<String> canonicalOrigins = origins.get(verdict.canonicalId());
            line.put("duplicateOf", canonicalOrigins == null ? verdict.canonicalId() : canonicalOrigins.get(0));
            line.put("kind", verdict.kind());
            line.put("measure", verdict.measure());
            line.put("similarity", Math.round(verdict.similarity() * 1000) / 1000.0);
          }
        }
        lines.put(sentFrom.get(i), line);
      }
    });
    for (Map<String, Object> line : lines.values()) {
      out.println(JSON.writeValueAsString(line));
    }
  }

  private void status(String format, Object... args) {
    spec.commandLine().getErr().println("newsstream: " + String.format(format, args));
    spec.commandLine().getErr().flush();
  }
}
