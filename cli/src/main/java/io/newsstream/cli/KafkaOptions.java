package io.newsstream.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where a command finds Kafka, and the client settings it passes on: the same two options, with
 * the same meaning and environment variable, in every command that talks to Kafka.
 *
 * <p>One rule for the default: without {@code --bootstrap-servers} a command uses the embedded
 * default's broker. {@code run} starts it; {@code tail}, {@code topics} and {@code reset} start it
 * from the data directory; the commands that cannot start it ({@code produce}, {@code streams},
 * {@code registry}) reach it where {@code run} serves it, {@value #EMBEDDED_DEFAULT}.
 */
public final class KafkaOptions {
  /** Where {@code newsstream run}'s embedded broker listens by default ({@code --kafka-port} 9092). */
  public static final String EMBEDDED_DEFAULT = "localhost:9092";

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", defaultValue = "${env:NEWSSTREAM_BOOTSTRAP_SERVERS}",
      description = "The Kafka cluster (env NEWSSTREAM_BOOTSTRAP_SERVERS). When absent, the embedded default's "
          + "broker: `run` starts it; `tail`, `topics` and `reset` start it from --data-dir; the other commands "
          + "reach it at " + EMBEDDED_DEFAULT + ".")
  String bootstrapServers;

  @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE",
      description = "Any Kafka client property (security, timeouts, linger.ms, num.stream.threads...), passed to "
          + "every Kafka client the command starts; basic.auth.* ones also to the schema registry client. "
          + "Wins over newsstream's defaults.")
  Map<String, String> properties = new LinkedHashMap<>();

  /** The cluster given, if any. */
  public Optional<String> given() {
    return Optional.ofNullable(bootstrapServers).filter(servers -> !servers.isBlank());
  }

  /** Whether no cluster was given: the embedded default's broker is meant. */
  public boolean embedded() {
    return given().isEmpty();
  }

  /** The cluster given, else where the embedded default's broker listens: for commands that cannot start it. */
  public String bootstrapServers() {
    return given().orElse(EMBEDDED_DEFAULT);
  }

  /** The {@code -X} properties, in the order given. */
  public Map<String, String> properties() {
    return properties;
  }
}
