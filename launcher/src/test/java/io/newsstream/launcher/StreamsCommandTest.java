package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsstream.language.LanguageDetector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StreamsCommandTest {

  @Test
  void helpExplainsTheOptionsAndTheirEnvironmentVariables() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new StreamsCommand()).setOut(new PrintWriter(out));

    int exit = cli.execute("--help");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("news.raw.v1", "news.dlq.v1", "Ctrl-C")
        .contains("--bootstrap-servers", "NEWSSTREAM_BOOTSTRAP_SERVERS")
        .contains("--schema-registry-url", "NEWSSTREAM_SCHEMA_REGISTRY_URL")
        .contains("--dedup-retention", "--language-accuracy", "--kafka-property");
  }

  @Test
  void defaultsSuitALocalSetup() {
    assumeTrue(System.getenv().keySet().stream().noneMatch(k -> k.startsWith("NEWSSTREAM_")), "NEWSSTREAM_* set");
    StreamsCommand command = new StreamsCommand();
    new CommandLine(command).parseArgs();

    assertThat(command.kafka.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(command.registry.url()).isEqualTo("http://localhost:8081");
    assertThat(command.application.applicationId).isEqualTo("newsstream");
    assertThat(command.dedupRetention).isEqualTo(Duration.ofDays(30));
    assertThat(command.replication.replicationFactor()).isEqualTo((short) -1);
    assertThat(command.instance.language.accuracy).isEqualTo(LanguageDetector.Accuracy.LOW);
    assertThat(command.instance.nearDuplicateThreshold).isEqualTo(0.55);
    assertThat(command.instance.httpPort).isEqualTo(8080);
    assertThat(command.instance.advertisedHost).isEqualTo("localhost");
  }

  @Test
  void parsesEveryOption() {
    StreamsCommand command = new StreamsCommand();
    new CommandLine(command).parseArgs(
        "--bootstrap-servers", "k1:9092,k2:9092",
        "--schema-registry-url", "http://sr:8081",
        "--application-id", "news-test",
        "--state-dir", "/tmp/state",
        "--dedup-retention", "P7D",
        "--replication-factor", "3",
        "--language-accuracy", "HIGH",
        "--near-duplicate-threshold", "0.7",
        "--http-port", "9000",
        "--advertised-host", "streams-2.internal",
        "-X", "num.stream.threads=2");

    assertThat(command.kafka.bootstrapServers()).isEqualTo("k1:9092,k2:9092");
    assertThat(command.registry.url()).isEqualTo("http://sr:8081");
    assertThat(command.application.applicationId).isEqualTo("news-test");
    assertThat(command.stateDir).isEqualTo(Path.of("/tmp/state"));
    assertThat(command.dedupRetention).isEqualTo(Duration.ofDays(7));
    assertThat(command.replication.replicationFactor()).isEqualTo((short) 3);
    assertThat(command.instance.language.accuracy).isEqualTo(LanguageDetector.Accuracy.HIGH);
    assertThat(command.kafka.properties()).containsEntry("num.stream.threads", "2");
    assertThat(command.instance.nearDuplicateThreshold).isEqualTo(0.7);
    assertThat(command.instance.httpPort).isEqualTo(9000);
    assertThat(command.instance.advertisedHost).isEqualTo("streams-2.internal");
  }
}
