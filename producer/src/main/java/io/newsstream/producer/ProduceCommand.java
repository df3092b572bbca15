package io.newsstream.producer;

import io.javalin.Javalin;
import io.newsstream.cli.HttpHostOptions;
import io.newsstream.cli.KafkaOptions;
import io.newsstream.cli.RegistryUrlOptions;
import io.newsstream.cli.Shutdown;
import io.newsstream.producer.cli.ConsoleListener;
import io.newsstream.producer.cli.DurationConverter;
import io.newsstream.producer.cli.Summary;
import io.newsstream.producer.source.PathSource;
import io.newsstream.producer.validate.Reason;
import io.newsstream.serde.RegistryCredentials;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsstream produce}: publishes news articles from files, directories, stdin, a watched
 * inbox and an HTTP endpoint. People read stderr (progress, refusals); programs read stdout (the
 * summary table, or JSON with {@code --json}).
 */
@Command(
    name = "produce",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Reads news articles and publishes each to Kafka topic news.raw.v1 (Avro, keyed by a "
          + "deterministic id: the hash of the canonical URL, else of the normalised text). Inputs that "
          + "cannot be published (empty, too large, binary, undecodable, malformed JSON, a bad date or "
          + "URL) go to news.dlq.v1 with the reason, are shown on stderr, and are counted.",
      "",
      "Text in UTF-8, UTF-16 with a BOM, windows-1251, KOI8-R or ISO-8859-5 is detected and decoded. "
          + "A batch run shows a progress bar and ends with a summary table on stdout. With --watch or "
          + "--http-port it runs until stopped (Ctrl-C).",
      ""
    },
    footer = {
      "",
      "Inputs:",
      "  NAME.txt          one article; metadata may sit beside it in NAME.txt.json",
      "                    {\"url\", \"source\", \"title\", \"publishedAt\", \"language\"}",
      "  NAME.html         one article: title, text and date from the page",
      "  NAME.json         one article object {\"text\", \"url\", ...} or an array of them",
      "  NAME.jsonl        one article object per line (origin NAME.jsonl:LINE)",
      "  -                 stdin: JSON Lines, a JSON array or one plain text",
      "",
      "Exit status: 0 all sent; 1 something was refused (0 with --allow-refused);",
      "  2 bad command line or configuration; 3 Kafka did not take everything (e.g. --timeout);",
      "  130 stopped by Ctrl-C (what was read is flushed first).",
      "",
      "Environment (defaults of the options): NEWSSTREAM_BOOTSTRAP_SERVERS,",
      "  NEWSSTREAM_SCHEMA_REGISTRY_URL, NEWSSTREAM_INGEST_TOKEN, NEWSSTREAM_HTTP_HOST."
    })
public final class ProduceCommand implements Callable<Integer> {
  /** Exit status: something was refused. */
  public static final int EXIT_REFUSED = 1;
  /** Exit status: bad command line or configuration (as picocli's usage errors). */
  public static final int EXIT_USAGE = 2;
  /** Exit status: Kafka did not take everything that was valid. */
  public static final int EXIT_NOT_SENT = 3;
  /** Exit status: stopped by Ctrl-C (SIGINT) before all inputs were read. */
  public static final int EXIT_INTERRUPTED = 130;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files, directories (read recursively) or - for stdin.")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--watch", paramLabel = "DIR",
      description = "Watch DIR for new files (picked up within a second, then moved to DIR/.processed "
          + "or DIR/.refused).")
  private Path watch;

  @Option(names = "--http-port", paramLabel = "N",
      description = "Serve POST /api/ingest on port N (JSON, JSON Lines, text/plain or text/html bodies).")
  private Integer httpPort;

  @Mixin HttpHostOptions httpHost;

  @Option(names = "--ingest-token", paramLabel = "TOKEN", defaultValue = "${env:NEWSSTREAM_INGEST_TOKEN}",
      description = "Require 'Authorization: Bearer TOKEN' on HTTP requests.")
  private String ingestToken;

  @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "" + IngestEndpoint.DEFAULT_MAX_BODY_BYTES,
      description = "Largest HTTP body (default: ${DEFAULT-VALUE}).")
  private long maxBodyBytes;

  @Option(names = "--max-text-bytes", paramLabel = "N", defaultValue = "" + ProducerSettings.DEFAULT_MAX_TEXT_BYTES,
      description = "Largest article text in UTF-8 bytes (default: ${DEFAULT-VALUE}).")
  private long maxTextBytes;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How long a batch run waits for an unreachable broker or registry before it "
          + "gives up on what is not sent (counted as SEND_FAILED; exit 3): e.g. 10s, 2m, PT2M "
          + "(default: 2m; --watch and --http-port wait forever, the endpoint answers 503 after 20 s).")
  private Duration timeout = Duration.ofMinutes(2);

  @Option(names = "--dry-run", description = "Read and validate, publish nothing (no Kafka needed).")
  private boolean dryRun;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar, no refusal lines on stderr.")
  private boolean quiet;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  private boolean json;

  @Option(names = "--allow-refused", description = "Exit 0 even if inputs were refused.")
  private boolean allowRefused;

  @Mixin KafkaOptions kafka;

  @Mixin RegistryUrlOptions registry;

  @Option(names = "--no-auto-register", negatable = false,
      description = "Do not register the Avro schemas: they must be registered already.")
  private boolean noAutoRegister;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Spec
  private CommandSpec spec;

  private volatile boolean serving;

  @Override
  public Integer call() {
    if (paths.isEmpty() && watch == null && httpPort == null) {
      throw new ParameterException(spec.commandLine(), "give at least one PATH, --watch DIR or --http-port N");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NewsProducer producer;
    try {
      ProducerSettings settings = new ProducerSettings(
          kafka.bootstrapServers(), registry.url(), !noAutoRegister, maxTextBytes, kafka.properties());
      producer = dryRun ? NewsProducer.dryRun(settings) : new NewsProducer(settings);
    } catch (KafkaException | IllegalArgumentException e) {
      err.println("newsstream produce: " + e.getMessage());
      return EXIT_USAGE;
    }
    // A batch stops reading at once and flushes; serving stops in order on the main thread.
    try (Shutdown shutdown = new Shutdown(() -> {
          if (!serving) {
            producer.close();
          }
        });
        producer) {
      int status = 0;
      if (!paths.isEmpty()) {
        IngestReport report = batch(producer, new ConsoleListener(err, quiet));
        printSummary(report, out);
        status = shutdown.requested() ? EXIT_INTERRUPTED : status(report);
        Long notSent = report.refusedByReason().get(Reason.SEND_FAILED.name());
        if (notSent != null && !shutdown.requested()) {
          err.println("newsstream produce: " + notSent + " of " + report.read() + " inputs not sent: Kafka at "
              + kafka.bootstrapServers() + " or the schema registry at " + RegistryCredentials.redact(registry.url())
              + " did not take them within " + timeout.toSeconds() + " s (--timeout); exit " + EXIT_NOT_SENT);
        }
      }
      if ((watch != null || httpPort != null) && !shutdown.requested()) {
        long start = System.nanoTime();
        ConsoleListener console = new ConsoleListener(err, quiet);
        serve(producer, console, err, shutdown);
        IngestReport totals = console.totals(Duration.ofNanos(System.nanoTime() - start));
        printSummary(totals, out);
        status = Math.max(status, status(totals));
      }
      return status;
    } catch (IllegalArgumentException e) { // e.g. an inbox that cannot be created
      err.println("newsstream produce: " + e.getMessage());
      return EXIT_USAGE;
    }
  }

  private IngestReport batch(NewsProducer producer, ConsoleListener console) {
    ProgressBar bar = progressBar();
    console.showProgressOn(bar);
    try {
      return producer.ingest(paths, console, timeout);
    } finally {
      console.showProgressOn(null);
      if (bar != null) {
        bar.close();
      }
    }
  }

  // A bar only for a person at a terminal; its maximum is the bytes to read, unknown with stdin.
  private ProgressBar progressBar() {
    if (quiet || System.console() == null) {
      return null;
    }
    long total = 0;
    for (Path file : PathSource.expand(paths)) {
      try {
        total = file.toString().equals(PathSource.STDIN) || total < 0 ? -1 : total + Files.size(file);
      } catch (IOException e) {
        // unreadable: refused when read, counts nothing here
      }
    }
    return new ProgressBarBuilder()
        .setTaskName("produce")
        .setInitialMax(total)
        .setUnit(" MiB", 1024 * 1024)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .showSpeed()
        .setUpdateIntervalMillis(250)
        .build();
  }

  /** Serves until the JVM is told to stop, then stops the watcher and the server, in that order. */
  private void serve(NewsProducer producer, ConsoleListener console, PrintWriter err, Shutdown shutdown) {
    serving = true;
    Javalin http = null;
    InboxWatcher watcher = null;
    try {
      if (httpPort != null) {
        http = Javalin.create(config -> config.showJavalinBanner = false);
        IngestEndpoint.mount(http, producer, Optional.ofNullable(ingestToken), maxBodyBytes, console);
        String host = httpHost.host(kafka.embedded());
        http.start(host, httpPort);
        err.println("listening on http://" + host + ":" + http.port() + IngestEndpoint.PATH
            + (ingestToken == null || ingestToken.isBlank() ? " (no token required)" : " (bearer token required)"));
      }
      if (watch != null) {
        watcher = InboxWatcher.start(watch, producer, console);
        err.println("watching " + watch.toAbsolutePath());
      }
      err.println("press Ctrl-C to stop");
      err.flush();
      shutdown.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (watcher != null) {
        watcher.close();
      }
      if (http != null) {
        http.stop();
      }
    }
  }

  private void printSummary(IngestReport report, PrintWriter out) {
    if (json) {
      Summary.json(report, dryRun, out);
    } else {
      Summary.table(report, dryRun, out);
    }
  }

  private int status(IngestReport report) {
    if (report.refusedByReason().containsKey(Reason.SEND_FAILED.name())) {
      return EXIT_NOT_SENT;
    }
    return report.refused() > 0 && !allowRefused ? EXIT_REFUSED : 0;
  }
}
