package io.newsstream.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.text.CleanText;
import io.newsstream.text.TextCleaner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsstream enrich [--json] FILE...}: cleans and enriches text files offline, exactly as the
 * streams app does, and prints what it found. The launcher adds it as a subcommand with its
 * language detector: {@code new EnrichCommand(guesser)}.
 */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description = {
      "Enriches text files offline with the streams app's own code: which Assembly session each",
      "reports on, at what level, where and when, the sessions it mentions and its people with their roles.",
      "A sidecar NAME.txt.json (title, publishedAt, language) is read when present."
    })
public final class EnrichCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object per file, one per line.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files (UTF-8).")
  List<Path> files;

  private final LanguageGuesser guesser;
  private final Enricher enricher;
  private final TextCleaner cleaner = new TextCleaner();

  /** A command that detects languages with this guesser where a sidecar does not state one. */
  public EnrichCommand(LanguageGuesser guesser) {
    this(guesser, new Enricher());
  }

  /** A command sharing an enricher already built. */
  public EnrichCommand(LanguageGuesser guesser, Enricher enricher) {
    this.guesser = guesser;
    this.enricher = enricher;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    for (Path file : files) {
      try {
        ObjectNode result = enrich(file);
        out.println(json ? JSON.writeValueAsString(result) : describe(result));
      } catch (IOException | IllegalArgumentException e) {
        // One unreadable file must not stop the others; the exit code tells.
        err.println("newsstream enrich: " + file + ": " + e.getMessage());
        failed++;
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private ObjectNode enrich(Path file) throws IOException {
    ArticleFile article = ArticleFile.read(file);
    CleanText clean = cleaner.clean(article.title(), article.text());
    LanguageGuess language = article.language() != null
        ? new LanguageGuess(article.language(), 1.0)
        : guesser.guess(clean.text());
    Enrichment e = enricher.enrich(clean.title(), clean.text(), article.publishedAt(), language.language());

    ObjectNode node = JSON.createObjectNode();
    node.put("file", file.toString());
    node.put("language", language.language());
    node.put("languageConfidence", language.confidence());
    node.put("title", clean.title());
    node.put("isSessionReport", e.isSessionReport());
    if (e.session() == null) {
      node.putNull("session");
    } else {
      SessionInfo s = e.session();
      ObjectNode session = node.putObject("session");
      session.put("number", s.number());
      session.put("level", s.level().name());
      session.put("region", s.region());
      session.put("district", s.district());
      session.put("city", s.city());
      session.put("date", s.date() == null ? null : s.date().toString());
    }
    ArrayNode mentioned = node.putArray("mentionedSessions");
    for (SessionMentionInfo m : e.mentionedSessions()) {
      mentioned.addObject().put("number", m.number()).put("level", m.level().name()).put("region", m.region());
    }
    ArrayNode people = node.putArray("people");
    e.people().forEach(people::add);
    node.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
    ObjectNode roles = node.putObject("roles");
    e.roles().forEach(roles::put);
    return node;
  }

  /** The same facts for a person to read. */
  private static String describe(ObjectNode r) {
    StringBuilder out = new StringBuilder(r.get("file").asText()).append('\n');
    out.append(String.format("  language  %s (%.2f)%n",
        r.get("language").asText(), r.get("languageConfidence").asDouble()));
    out.append("  title     ").append(r.get("title").isNull() ? "-" : r.get("title").asText()).append('\n');
    JsonNode s = r.get("session");
    out.append("  session   ").append(s.isNull() ? "none" : String.join(" ",
        s.get("number").asText(), s.get("level").asText(), text(s, "region"), text(s, "district"),
        text(s, "city"), text(s, "date"))).append('\n');
    String mentions = r.get("mentionedSessions").valueStream()
        .map(m -> m.get("number").asText() + " " + m.get("level").asText() + " " + text(m, "region"))
        .collect(Collectors.joining(", "));
    out.append("  mentions  ").append(mentions.isEmpty() ? "-" : mentions).append('\n');
    JsonNode roles = r.get("roles");
    String people = r.get("people").valueStream().map(JsonNode::asText)
        .map(name -> roles.has(name) ? name + " (" + roles.get(name).asText() + ")" : name)
        .collect(Collectors.joining(", "));
    out.append("  people    ").append(people.isEmpty() ? "-" : people);
    return out.toString();
  }

  private static String text(JsonNode node, String field) {
    return node.get(field).isNull() ? "-" : node.get(field).asText();
  }
}
