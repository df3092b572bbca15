package io.newsstream.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.cli.ReplicationOptions;
import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.dedup.eval.LabelledSet;
import io.newsstream.dedup.eval.Score;
import io.newsstream.dedup.eval.Scoring;
import io.newsstream.registry.RegistryAccess;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsstream dedup-eval}: how well de-duplication finds the copies of a labelled set, and only them. */
@Command(
    name = "dedup-eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores de-duplication on a labelled set of pages: LABELS.json names each page's file in DIR, "
          + "its group and kind (copy: pages of one group are one story republished; independent: "
          + "reports of one event, none a copy of another). Pages of different groups are different stories.",
      "",
      "By default it runs the real pipeline on the pages as 'run --once' does (embedded broker and "
          + "registry in a temporary data directory, in the order of the labels): a copy pair is found "
          + "when both pages end on one published article; each duplicate notice flags one pair. "
          + "With --matcher-only it runs the pure matcher (sketch, candidates by bands and anchors, verdict) on the pages in order.",
      "",
      "Prints recall over copy pairs, precision over the pairs flagged, and each miss and each false "
          + "match with its measures; the last line is a JSON summary. Exit code 0 when scored, 2 on bad "
          + "arguments or when the pipeline timed out."
    })
final class DedupEvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LABELS.json", description = "The labels: {\"pages\": [{\"file\", \"url\", \"group\", \"kind\"}, ...]}.")
  Path labels;

  @Parameters(index = "1", paramLabel = "DIR", description = "The folder with the pages' texts; labelled pages without a file there are left out.")
  Path folder;

  @Option(names = "--matcher-only", description = "Score the pure matcher (candidates by bands and anchors) instead of running the pipeline.")
  boolean matcherOnly;

  @Option(names = "--partitions", defaultValue = "4",
      description = "Partitions of the pipeline's topics (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--keep", description = "Keep the pipeline's temporary data directory and its log (deleted otherwise).")
  boolean keep;

  @Option(names = "--timeout", defaultValue = "PT10M",
      description = "How long to wait for the pipeline's verdicts (ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(labels)) {
      throw new ParameterException(spec.commandLine(), "no labels file " + labels);
    }
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "no folder " + folder);
    }
    List<LabelledSet.Page> pages = LabelledSet.pages(labels);
    List<LabelledSet.Doc> docs = LabelledSet.load(pages, folder);
    if (docs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "none of the " + pages.size()
          + " labelled pages has its file in " + folder);
    }
    status("%d of %d labelled pages found in %s", docs.size(), pages.size(), folder);
    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    Score score;
    boolean complete = true;
    if (matcherOnly) {
      score = Scoring.matcher(detector, docs);
    } else {
      Map<String, Scoring.Verdict> verdicts = new HashMap<>();
      complete = runPipeline(docs, verdicts);
      score = Scoring.pipeline(detector, docs, verdicts);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(score.summary());
    score.misses().forEach(m -> out.println("miss: " + m));
    score.falseMatches().forEach(m -> out.println("false match: " + m));
    Map<String, Object> figures = score.figures(detector.settings());
    figures.put("complete", complete);
    out.println(JSON.writeValueAsString(figures));
    out.flush();
    return complete ? 0 : 2;
  }

  /** Runs the pipeline on the pages' files and puts each page's final verdict by file; false on a timeout. */
  private boolean runPipeline(List<LabelledSet.Doc> docs, Map<String, Scoring.Verdict> verdicts) throws Exception {
    // A fresh broker and state every time, as newsstream bench has: no earlier run's articles in the index.
    Path dir = Files.createTempDirectory("newsstream-dedup-eval-");
    Path logFile = dir.resolve("logs").resolve("newsstream.log");
    Files.createDirectories(logFile.getParent());
    LogFile.redirectTo(logFile);
    status("data and log in %s (%s)", dir, keep ? "kept" : "deleted at the end");
    List<Path> files = docs.stream().map(d -> folder.resolve(d.page().file()).toAbsolutePath().normalize()).toList();
    // Embedded broker and registry on free ports, as newsstream bench starts them.
    try (Pipeline pipeline = Pipeline.start(new Pipeline.Settings(dir, Optional.empty(), 0, Optional.empty(), "127.0.0.1", 0,
        null, Optional.empty(), fallback -> RegistryAccess.of(fallback, RegistryAccess.Mode.READWRITE), partitions,
        ReplicationOptions.BROKER_DEFAULT, Map.of(), "localhost", settings -> settings), line -> status("%s", line),
        true)) {
      IngestOnce.Outcome outcome = IngestOnce.run(pipeline, files, timeout, line -> status("%s", line));
      Map<String, String> fileOfId = new HashMap<>();
      outcome.origins().forEach((id, origins) -> fileOfId.put(id, Path.of(origins.get(0)).getFileName().toString()));
      outcome.origins().forEach((id, origins) -> {
        VerdictTally.Verdict v = outcome.tally().verdictOf(id);
        Scoring.Verdict verdict = v == null || v.canonicalId() == null ? Scoring.Verdict.UNIQUE
            : new Scoring.Verdict(fileOfId.getOrDefault(v.canonicalId(), v.canonicalId()), v.kind(), v.measure(), v.similarity());
        for (int i = 0; i < origins.size(); i++) {
          // A second page with the same text or URL is sent under the first one's id: an exact copy of it.
          String file = Path.of(origins.get(i)).getFileName().toString();
          verdicts.put(file, i == 0 ? verdict : new Scoring.Verdict(fileOfId.get(id), "EXACT", "FINGERPRINT", 1.0));
        }
      });
      if (!outcome.complete()) {
        status("timed out after %s with %d of %d verdicts", timeout, outcome.tally().decided(), outcome.report().sent());
      }
      return outcome.complete();
    } finally {
      if (!keep) {
        BenchCommand.deleteQuietly(dir);
      }
    }
  }

  private void status(String format, Object... args) {
    spec.commandLine().getErr().println("newsstream: " + String.format(format, args));
    spec.commandLine().getErr().flush();
  }
}
