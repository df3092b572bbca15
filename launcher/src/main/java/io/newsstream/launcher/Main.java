package io.newsstream.launcher;

import io.newsstream.dedup.variants.VariantsCommand;
import io.newsstream.enrich.EnrichCommand;
import io.newsstream.producer.ProduceCommand;
import io.newsstream.registry.RegistryCommand;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsstream} command: one entry point for every part of the system. */
@Command(
    name = "newsstream",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "News ingestion for Kazakhstan news in Russian and Kazakh: scrapers' texts in, clean, "
          + "de-duplicated, language-tagged and enriched articles out, on Kafka topics with Avro.",
      "",
      "Start with: newsstream run --input DIR   (embedded broker and registry, nothing to install)"
    },
    subcommands = {
      RunCommand.class,
      BenchCommand.class,
      DedupEvalCommand.class,
      ProduceCommand.class,
      StreamsCommand.class,
      RegistryCommand.class,
      VariantsCommand.class,
      TailCommand.class,
      ResetCommand.class,
      TopicsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
    // The offline enricher judges language with the very detector the streams app uses.
    cli.addSubcommand(new EnrichCommand(new LazyLinguaGuesser()));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // A person reads this: the reason, not a stack trace (which is in the log file).
          commandLine.getErr().println("newsstream: " + describe(e));
          return 1;
        });
    return cli.execute(args);
  }

  private static String describe(Throwable e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
        message.append(": ").append(cause.getMessage());
      }
    }
    return message.toString();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"newsstream " + (version == null ? "(development build)" : version)};
    }
  }
}
