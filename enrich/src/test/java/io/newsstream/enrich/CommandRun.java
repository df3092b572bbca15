package io.newsstream.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code enrich --json} over articles laid out as files with sidecars, as a user would. */
final class CommandRun {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One shared enricher: building it loads the gazetteer and the names once for all tests. */
  static final Enricher ENRICHER = new Enricher();

  private CommandRun() {}

  /** An article to lay out: its text and the sidecar's fields (null ones are left out). */
  record Input(String name, String text, String title, String publishedAt, String language) {}

  /** Writes the inputs into {@code dir}, runs the command on them, returns each file name's JSON result. */
  static Map<String, JsonNode> run(Path dir, List<Input> inputs) throws IOException {
    List<String> args = new ArrayList<>(List.of("--json"));
    for (Input input : inputs) {
      Path file = dir.resolve(input.name());
      Files.writeString(file, input.text());
      ObjectNode sidecar = JSON.createObjectNode();
      putIfPresent(sidecar, "title", input.title());
      putIfPresent(sidecar, "publishedAt", input.publishedAt());
      putIfPresent(sidecar, "language", input.language());
      Files.writeString(dir.resolve(input.name() + ".json"), JSON.writeValueAsString(sidecar));
      args.add(file.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new EnrichCommand(text -> new LanguageGuess("und", 0), ENRICHER))
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args.toArray(String[]::new));
    if (code != 0) {
      throw new AssertionError("enrich exited " + code + ": " + err);
    }
    Map<String, JsonNode> results = new LinkedHashMap<>();
    for (String line : out.toString().split("\\R")) {
      if (!line.isBlank()) {
        JsonNode node = JSON.readTree(line);
        results.put(Path.of(node.get("file").asText()).getFileName().toString(), node);
      }
    }
    return results;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
