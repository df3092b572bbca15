package io.newsstream.launcher;

import io.newsstream.streams.StreamsSettings;
import picocli.CommandLine.Option;

/** The options of a streams-app instance that {@code newsstream run} and {@code newsstream streams} share. */
public final class InstanceOptions {
  @Option(names = "--advertised-host", paramLabel = "HOST",
      defaultValue = "${env:NEWSSTREAM_ADVERTISED_HOST:-localhost}",
      description = "The host other instances reach this one's API at, for interactive queries "
          + "(default: ${DEFAULT-VALUE}; env NEWSSTREAM_ADVERTISED_HOST).")
  String advertisedHost;

  @Option(names = "--near-duplicate-threshold", paramLabel = "0..1",
      defaultValue = "${env:NEWSSTREAM_NEAR_DUPLICATE_THRESHOLD:-" + StreamsSettings.DEFAULT_NEAR_DUPLICATE_THRESHOLD + "}",
      description = "Estimated Jaccard similarity from which two texts are one story "
          + "(default: ${DEFAULT-VALUE}, measured in docs/dedup.md; env NEWSSTREAM_NEAR_DUPLICATE_THRESHOLD).")
  double nearDuplicateThreshold;

  public String advertisedHost() {
    return advertisedHost;
  }

  /** The settings with these options applied. */
  public StreamsSettings applyTo(StreamsSettings settings) {
    return settings.withNearDuplicateThreshold(nearDuplicateThreshold);
  }
}
