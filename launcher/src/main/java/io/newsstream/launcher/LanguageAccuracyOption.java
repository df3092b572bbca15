package io.newsstream.launcher;

import io.newsstream.language.LanguageDetector;
import io.newsstream.streams.StreamsSettings;
import picocli.CommandLine.Option;

/** How much of Lingua's models the streams app loads: {@code run}, {@code streams} and {@code bench} share it. */
final class LanguageAccuracyOption {
  @Option(names = "--language-accuracy", paramLabel = "LOW|HIGH",
      defaultValue = "${env:NEWSSTREAM_LANGUAGE_ACCURACY:-LOW}",
      description = "LOW loads Lingua's trigram models only (~17 MB of heap, <1 s): texts and paragraphs of 120 "
          + "characters or more are decided exactly as with HIGH. HIGH loads all its models (~260 MB, ~2 s) and "
          + "is better on single short sentences; give the JVM more heap with it (NEWSSTREAM_JAVA_OPTS=-Xmx2g) "
          + "(default: ${DEFAULT-VALUE}; env NEWSSTREAM_LANGUAGE_ACCURACY; docs/language.md).")
  LanguageDetector.Accuracy accuracy;

  StreamsSettings applyTo(StreamsSettings settings) {
    return settings.withLanguageAccuracy(accuracy);
  }
}
