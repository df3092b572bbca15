package io.newsstream.launcher;

import io.newsstream.streams.StreamsSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a streams-app instance that {@code newsstream run} and {@code newsstream streams} share. */
final class InstanceOptions {
  @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:NEWSSTREAM_HTTP_PORT:-8080}",
      description = "The HTTP port of the API and dashboard; with `run` also of the registry and the ingest "
          + "endpoint (default: ${DEFAULT-VALUE}; 0 picks a free one; env NEWSSTREAM_HTTP_PORT).")
  int httpPort;

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

  @Mixin LanguageAccuracyOption language;

  int httpPort() {
    return httpPort;
  }

  String advertisedHost() {
    return advertisedHost;
  }

  /** The settings with these options applied. */
  StreamsSettings applyTo(StreamsSettings settings) {
    return language.applyTo(settings.withNearDuplicateThreshold(nearDuplicateThreshold));
  }
}
