package io.newsstream.launcher;

import io.newsstream.streams.StreamsSettings;
import picocli.CommandLine.Option;

/** Which streams app a command runs or works on: {@code streams}, {@code reset} and {@code topics} share it. */
final class ApplicationIdOptions {
  @Option(names = "--application-id", paramLabel = "ID",
      defaultValue = "${env:NEWSSTREAM_APPLICATION_ID:-" + StreamsSettings.DEFAULT_APPLICATION_ID + "}",
      description = "The Kafka Streams application id: the consumer group and the prefix of the app's internal "
          + "topics (default: ${DEFAULT-VALUE}; env NEWSSTREAM_APPLICATION_ID).")
  String applicationId;

  String applicationId() {
    return applicationId;
  }
}
