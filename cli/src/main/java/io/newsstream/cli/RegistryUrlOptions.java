package io.newsstream.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where a command finds the schema registry. Credentials go in the URL
 * ({@code http://USER:PASSWORD@host}) or in {@code -X basic.auth.*}, as for Confluent's client.
 *
 * <p>One rule for the default, as for Kafka: without {@code --schema-registry-url} a command uses
 * the embedded default's registry. {@code run} serves it at {@code /registry}; {@code tail} serves
 * it from the embedded broker's {@code _schemas}; the commands that cannot serve it reach
 * {@code newsstream registry} where it listens by default, {@value #STANDALONE_DEFAULT}.
 */
public final class RegistryUrlOptions {
  /** Where {@code newsstream registry} listens by default ({@code --port} 8081). */
  public static final String STANDALONE_DEFAULT = "http://localhost:8081";

  @Option(names = "--schema-registry-url", paramLabel = "URL", defaultValue = "${env:NEWSSTREAM_SCHEMA_REGISTRY_URL}",
      description = "A Confluent-API schema registry (env NEWSSTREAM_SCHEMA_REGISTRY_URL). When absent: `run` "
          + "serves one at /registry, `tail` serves the embedded broker's; the other commands use "
          + STANDALONE_DEFAULT + ", where `newsstream registry` listens.")
  String url;

  /** The registry given, if any. */
  public Optional<String> given() {
    return Optional.ofNullable(url).filter(u -> !u.isBlank());
  }

  /** The registry given, else {@value #STANDALONE_DEFAULT}: for commands that cannot serve one. */
  public String url() {
    return given().orElse(STANDALONE_DEFAULT);
  }
}
