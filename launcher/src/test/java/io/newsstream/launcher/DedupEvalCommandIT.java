package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code newsstream dedup-eval} on the real set's fixtures in our own words (module dedup), both
 * ways: the pipeline on an embedded broker, and the pure matcher. The floors are the figures
 * measured with the standard settings (docs/dedup.md); precision is issue 13's target.
 */
class DedupEvalCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FIXTURES = "../dedup/src/test/resources/realset/fixtures";
  private static final int FIXTURE_PAGES = 161;
  private static final int FIXTURE_COPY_PAIRS = 67;

  @Test
  void thePipelineFindsTheFixturesCopiesItFoundWhenMeasured() throws Exception {
    JsonNode score = run("dedup-eval", FIXTURES + "/labels.json", FIXTURES, "--timeout", "PT4M");

    assertThat(score.get("mode").asText()).isEqualTo("pipeline");
    assertThat(score.get("complete").asBoolean()).isTrue();
    assertThat(score.get("pages").asInt()).isEqualTo(FIXTURE_PAGES);
    assertThat(score.get("copyPairs").asInt()).isEqualTo(FIXTURE_COPY_PAIRS);
    assertThat(score.get("found").asInt()).as("copy pairs ending on one article").isGreaterThanOrEqualTo(58); // measured: 60
    assertThat(score.get("precision").asDouble()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void theMatcherJudgesTheCandidatesOfBandsAndAnchors() throws Exception {
    JsonNode score = run("dedup-eval", "--matcher-only", FIXTURES + "/labels.json", FIXTURES);

    assertThat(score.get("mode").asText()).isEqualTo("matcher");
    assertThat(score.get("found").asInt()).isGreaterThanOrEqualTo(48);
    assertThat(score.get("precision").asDouble()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void aMissingLabelsFileIsABadArgumentWithItsName() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), "dedup-eval", "no-such-labels.json", FIXTURES);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("no labels file no-such-labels.json");
  }

  private static JsonNode run(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(exit).as("exit code; stderr:%n%s", err).isZero();
    String[] lines = out.toString().strip().split("\n");
    return JSON.readTree(lines[lines.length - 1]);
  }
}
