package io.newsstream.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The embedded default's data directory: where {@code run} keeps the broker, the streams state and the log. */
public final class DataDirOptions {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:NEWSSTREAM_DATA_DIR:-data}",
      description = "The embedded default's data directory: broker, streams state, log file "
          + "(default: ${DEFAULT-VALUE}; env NEWSSTREAM_DATA_DIR).")
  Path dataDir;

  public Path dataDir() {
    return dataDir;
  }
}
