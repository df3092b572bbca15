package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy on a labelled set written for this purpose ({@code src/test/resources/labelled}): Russian
 * and Kazakh, all levels, many regions and years, and hard negatives (maslikhat sessions, forums,
 * party congresses, the UN General Assembly, articles that only mention a past session). Prints the
 * per-field table; fails below 95% on session number, level and region.
 */
class AccuracyTest {
  private static final double REQUIRED = 0.95;

  @Test
  void accuracyOnTheLabelledSet(@TempDir Path dir) throws IOException {
    JsonNode labels = CommandRun.JSON.readTree(resource("labels.json")).get("articles");
    List<CommandRun.Input> inputs = new ArrayList<>();
    labels.fields().forEachRemaining(e -> inputs.add(new CommandRun.Input(e.getKey(), text(e.getKey()),
        nullable(e.getValue().get("title")), nullable(e.getValue().get("publishedAt")),
        e.getValue().get("language").asText())));
    Map<String, JsonNode> results = CommandRun.run(dir, inputs);

    Accuracy accuracy = new Accuracy();
    labels.fields().forEachRemaining(e ->
        accuracy.score(e.getKey(), e.getValue(), results.get(e.getKey()), Accuracy.SESSION_FIELDS));
    System.out.println("Labelled set, " + labels.size() + " articles:\n" + accuracy.table());
    accuracy.mismatches().forEach(m -> System.out.println("  mismatch: " + m));

    assertThat(accuracy.accuracy("number")).as("session number accuracy").isGreaterThanOrEqualTo(REQUIRED);
    assertThat(accuracy.accuracy("level")).as("level accuracy").isGreaterThanOrEqualTo(REQUIRED);
    assertThat(accuracy.accuracy("region")).as("region accuracy").isGreaterThanOrEqualTo(REQUIRED);
  }

  private static InputStream resource(String name) {
    InputStream in = AccuracyTest.class.getResourceAsStream("/labelled/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource labelled/" + name);
    }
    return in;
  }

  private static String text(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nullable(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
