package io.newsstream.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.text.CleanText;
import io.newsstream.text.KazakhScripts;
import io.newsstream.text.TextCleaner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
      "A sidecar NAME.txt.json (title, publishedAt, language) is read when present.",
      "With --eval LABELS.json DIR it scores itself instead: each labelled article found in DIR",
      "(KEY or KEY.txt) is enriched and compared with its labels; it prints the accuracy of each",
      "field, the core figure and every miss with what was wanted and what was found."
    })
public final class EnrichCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object per file, one per line.")
  boolean json;

  @Option(names = "--eval", paramLabel = "LABELS.json",
      description = {"Score against these labels ({\"articles\": {KEY: {language, publishedAt, isSessionReport,",
          "session}}}) the articles of the one directory given; articles not in it are skipped, so a",
          "partial cache still measures. A label's publishedAt stands in for a missing sidecar's."})
  Path labels;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files (UTF-8); with --eval, one directory.")
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
    if (labels != null) {
      return evaluate(out, err);
    }
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

  /** {@code --eval}: scores the labelled articles present in the directory; 2 when the input is unusable. */
  private int evaluate(PrintWriter out, PrintWriter err) {
    if (files.size() != 1 || !Files.isDirectory(files.get(0))) {
      err.println("newsstream enrich --eval: give one directory of articles after the labels, not " + files);
      return 2;
    }
    Path dir = files.get(0);
    JsonNode articles;
    try {
      articles = JSON.readTree(labels.toFile()).get("articles");
    } catch (IOException e) {
      err.println("newsstream enrich --eval: cannot read " + labels + ": " + e.getMessage());
      return 2;
    }
    if (articles == null || !articles.isObject()) {
      err.println("newsstream enrich --eval: " + labels + " has no \"articles\" object");
      return 2;
    }
    Accuracy accuracy = new Accuracy();
    int scored = 0;
    int failed = 0;
    for (Map.Entry<String, JsonNode> label : (Iterable<Map.Entry<String, JsonNode>>) articles::fields) {
      Path file = locate(dir, label.getKey());
      if (file == null) {
        continue;
      }
      try {
        JsonNode published = label.getValue().get("publishedAt");
        LocalDate fallback = published == null || published.isNull() ? null : LocalDate.parse(published.asText());
        JsonNode session = label.getValue().get("session");
        List<String> fields = session == null || session.isNull() ? Accuracy.SESSION_FIELDS
            : Accuracy.SESSION_FIELDS.stream().filter(session::has).toList();
        accuracy.score(label.getKey(), label.getValue(), enrich(file, fallback), fields);
        scored++;
      } catch (IOException | RuntimeException e) {
        err.println("newsstream enrich --eval: " + file + ": " + e.getMessage());
        failed++;
      }
    }
    out.printf("Scored %d of %d labelled articles in %s.%n", scored, articles.size(), dir);
    out.print(accuracy.table());
    accuracy.mismatches().forEach(m -> out.println("  miss: " + m));
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  /** The file of a label's key: the key itself or the key with ".txt"; null when absent. */
  private static Path locate(Path dir, String key) {
    for (Path candidate : List.of(dir.resolve(key), dir.resolve(key + ".txt"))) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private ObjectNode enrich(Path file) throws IOException {
    return enrich(file, null);
  }

  /** Enriches a file; {@code publishedAt} stands in when the file has no sidecar date. */
  private ObjectNode enrich(Path file, LocalDate publishedAt) throws IOException {
    ArticleFile read = ArticleFile.read(file);
    ArticleFile article = read.publishedAt() != null || publishedAt == null ? read
        : new ArticleFile(read.text(), read.title(), publishedAt, read.language());
    CleanText clean = cleaner.clean(article.title(), article.text());
    LanguageGuess language = article.language() != null
        ? new LanguageGuess(article.language(), 1.0)
        : kazakhInAnotherScript(clean.text()) ? new LanguageGuess("kk", 1.0) : guesser.guess(clean.text());
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

  /**
   * Kazakh in Latin or Arabic script, which language detectors take for Turkish, Uzbek or Persian:
   * its own letters say what it is.
   */
  private static boolean kazakhInAnotherScript(String text) {
    return KazakhScripts.detect(text) != KazakhScripts.Alphabet.CYRILLIC;
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
