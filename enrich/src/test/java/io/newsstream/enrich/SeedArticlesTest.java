package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real seed articles against {@code expected.json}, field by field, through {@code enrich
 * --json} with the expected language in a sidecar (the launcher plugs in Lingua instead). The seeds
 * live outside the project; without them the test is skipped.
 */
class SeedArticlesTest {
  private static final List<String> FIELDS = List.of("number", "level", "region", "city", "date");

  @Test
  void everySeedMatchesExpectedOnEveryField(@TempDir Path dir) throws IOException {
    String seedsProperty = System.getProperty("newsstream.seeds");
    assumeTrue(seedsProperty != null, "newsstream.seeds is not set");
    Path seeds = Path.of(seedsProperty);
    assumeTrue(Files.isRegularFile(seeds.resolve("expected.json")), "no seed articles at " + seeds);

    JsonNode expected = CommandRun.JSON.readTree(seeds.resolve("expected.json").toFile()).get("articles");
    List<CommandRun.Input> inputs = new ArrayList<>();
    expected.fields().forEachRemaining(e -> inputs.add(new CommandRun.Input(e.getKey(),
        read(seeds.resolve(e.getKey())), null, null, e.getValue().get("language").asText())));
    Map<String, JsonNode> results = CommandRun.run(dir, inputs);

    Accuracy accuracy = new Accuracy();
    expected.fields().forEachRemaining(e -> {
      accuracy.score(e.getKey(), e.getValue(), results.get(e.getKey()), FIELDS);
    });
    System.out.println("Seed articles:\n" + accuracy.table());
    accuracy.mismatches().forEach(m -> System.out.println("  mismatch: " + m));
    assertThat(accuracy.mismatches()).isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
