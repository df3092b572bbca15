package io.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** One default per option, the same in every command that mixes the group in. */
class OptionsTest {
  @Command(name = "any")
  static final class AnyCommand implements Runnable {
    @Mixin KafkaOptions kafka;
    @Mixin RegistryUrlOptions registry;
    @Mixin ReplicationOptions replication;
    @Mixin DataDirOptions data;
    @Mixin HttpHostOptions httpHost;

    @Override
    public void run() {}
  }

  private static AnyCommand parse(String... args) {
    AnyCommand command = new AnyCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  @Test
  void withoutOptionsACommandMeansTheEmbeddedDefaultOnLoopback() {
    List<String> read = List.of("NEWSSTREAM_BOOTSTRAP_SERVERS", "NEWSSTREAM_SCHEMA_REGISTRY_URL",
        "NEWSSTREAM_REPLICATION_FACTOR", "NEWSSTREAM_DATA_DIR", "NEWSSTREAM_HTTP_HOST");
    assumeTrue(read.stream().noneMatch(System.getenv()::containsKey), "one of " + read + " is set");
    AnyCommand command = parse();

    assertThat(command.kafka.embedded()).isTrue();
    assertThat(command.kafka.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(command.registry.given()).isEmpty();
    assertThat(command.registry.url()).isEqualTo("http://localhost:8081");
    assertThat(command.replication.replicationFactor()).isEqualTo(ReplicationOptions.BROKER_DEFAULT);
    assertThat(command.data.dataDir()).isEqualTo(Path.of("data"));
    assertThat(command.httpHost.host(command.kafka.embedded())).isEqualTo("127.0.0.1");
  }

  @Test
  void aClusterGivenIsUsedAsGivenAndServesEveryInterface() {
    AnyCommand command = parse("--bootstrap-servers", "k1:9092,k2:9092", "-X", "acks=all", "--kafka-property", "linger.ms=5",
        "--schema-registry-url", "http://sr:8081", "--replication-factor", "3");

    assertThat(command.kafka.embedded()).isFalse();
    assertThat(command.kafka.bootstrapServers()).isEqualTo("k1:9092,k2:9092");
    assertThat(command.kafka.properties()).containsEntry("acks", "all").containsEntry("linger.ms", "5");
    assertThat(command.registry.url()).isEqualTo("http://sr:8081");
    assertThat(command.replication.replicationFactor()).isEqualTo((short) 3);
    assertThat(command.httpHost.host(command.kafka.embedded())).isEqualTo("0.0.0.0");
    assertThat(parse("--http-host", "10.0.0.5").httpHost.host(true)).isEqualTo("10.0.0.5");
  }

  @Test
  void aReplicationFactorKafkaCannotTakeIsRefusedAsABadCommandLine() {
    CommandLine cli = new CommandLine(new AnyCommand()).setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("--replication-factor", "70000")).isEqualTo(2);
  }
}
