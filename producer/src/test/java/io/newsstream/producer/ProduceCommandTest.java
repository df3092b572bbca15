package io.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.producer.source.ArticleJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProduceCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void inputs() throws IOException {
    Inputs.writeMixedDirectory(dir);
  }

  @Test
  void aDryRunPrintsTheSummaryOnStdoutAndRefusalsOnStderr() {
    int status = run("--dry-run", dir.toString());
    assertThat(status).isEqualTo(ProduceCommand.EXIT_REFUSED);
    assertThat(out.toString())
        .containsPattern("read\\s+12")
        .containsPattern("sent\\s+8\\s+\\(dry run")
        .containsPattern("refused\\s+4")
        .containsPattern("MALFORMED_JSON\\s+1")
        .contains("articles/s");
    assertThat(err.toString())
        .contains("refused MALFORMED_JSON " + dir.toAbsolutePath().resolve("feed.jsonl") + ":2: malformed JSON at line 1")
        .contains("refused BINARY_CONTENT " + dir.toAbsolutePath().resolve("image.bin"));
  }

  @Test
  void refusalsCanBeAllowed() {
    assertThat(run("--dry-run", "--allow-refused", dir.resolve("kazakh.txt").toString(), dir.resolve("empty.txt").toString()))
        .isZero();
  }

  @Test
  void allGoodExitsZero() {
    assertThat(run("--dry-run", dir.resolve("two.json").toString())).isZero();
  }

  @Test
  void jsonSummaryForPrograms() throws IOException {
    run("--dry-run", "--json", "--quiet", dir.toString());
    JsonNode summary = ArticleJson.MAPPER.readTree(out.toString());
    assertThat(summary.get("sent").asLong()).isEqualTo(8);
    assertThat(summary.at("/refusedByReason/EMPTY_TEXT").asLong()).isEqualTo(1);
    assertThat(summary.get("dryRun").asBoolean()).isTrue();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void nothingToDoIsAUsageError() {
    assertThat(run()).isEqualTo(ProduceCommand.EXIT_USAGE);
    assertThat(err.toString()).contains("give at least one PATH, --watch DIR or --http-port N");
  }

  @Test
  void aBadKafkaPropertyIsAClearErrorNotAStackTrace() {
    assertThat(run("-X", "acks=maybe", dir.resolve("two.json").toString())).isEqualTo(ProduceCommand.EXIT_USAGE);
    assertThat(err.toString()).startsWith("newsstream produce: ").contains("acks").doesNotContain("\tat ");
  }

  @Test
  void aBadLimitIsAUsageError() {
    assertThat(run("--dry-run", "--max-text-bytes", "0", dir.toString())).isEqualTo(ProduceCommand.EXIT_USAGE);
    assertThat(err.toString()).contains("maxTextBytes must be positive");
  }

  /**
   * Issue 14: with the broker unreachable, produce retried until Ctrl-C. Now it gives up after
   * --timeout, exits 3, and its summary accounts for every input: read = sent + refused.
   */
  @Test
  void anUnreachableBrokerIsGivenUpOnAfterTheTimeoutAndEveryInputIsCounted() throws IOException {
    long start = System.nanoTime();
    int status = run("--bootstrap-servers", "localhost:1", "--schema-registry-url", "http://user:pa55@localhost:1",
        "--timeout", "3s", "--json", "--quiet", dir.toString());
    long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

    assertThat(status).isEqualTo(ProduceCommand.EXIT_NOT_SENT);
    assertThat(seconds).as("seconds to give up").isLessThan(30);
    JsonNode summary = ArticleJson.MAPPER.readTree(out.toString());
    assertThat(summary.get("read").asLong()).isEqualTo(12);
    assertThat(summary.get("sent").asLong()).isZero();
    assertThat(summary.get("refused").asLong()).isEqualTo(12);
    assertThat(summary.at("/refusedByReason/SEND_FAILED").asLong()).isEqualTo(8);
    assertThat(err.toString()).contains("8 of 12 inputs not sent", "--timeout", "http://localhost:1")
        .doesNotContain("pa55");
  }

  @Test
  void timeoutsAreWrittenAsPeopleWriteThem() {
    assertThat(run("--dry-run", "--timeout", "soon", dir.toString())).isEqualTo(ProduceCommand.EXIT_USAGE);
    assertThat(err.toString()).contains("'soon' is not a duration");
    assertThat(new io.newsstream.producer.cli.DurationConverter().convert("10s")).hasSeconds(10);
    assertThat(new io.newsstream.producer.cli.DurationConverter().convert("2m")).hasMinutes(2);
    assertThat(new io.newsstream.producer.cli.DurationConverter().convert("PT1H")).hasHours(1);
  }

  @Test
  void helpExplainsInputsExitCodesAndEnvironment() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("--watch=DIR", "--http-port=N", "--dry-run", "--bootstrap-servers", "-X=KEY=VALUE")
        .contains("NEWSSTREAM_BOOTSTRAP_SERVERS", "NEWSSTREAM_SCHEMA_REGISTRY_URL")
        .contains("NAME.txt.json", "Exit status");
  }

  private int run(String... args) {
    return new CommandLine(new ProduceCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
