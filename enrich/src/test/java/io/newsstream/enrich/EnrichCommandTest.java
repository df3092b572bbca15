package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnrichCommandTest {
  private static final String SESSION_TEXT =
      "Прошла ХХІV сессия АНК Павлодарской области\n\n12 Июня, 2020\n\n317\n\n"
          + "Сегодня состоялась очередная ХХІV сессия Ассамблеи народа Казахстана Павлодарской области. "
          + "Модератором выступил заместитель акима области Ерлан Сапаров.\n\nВозврат к списку";

  @Test
  void jsonHasExactlyTheFieldsOfTheIssueInOrder(@TempDir Path dir) throws IOException {
    JsonNode r = CommandRun.run(dir, List.of(new CommandRun.Input("a.txt", SESSION_TEXT, null, null, "ru"))).get("a.txt");
    assertThat(fieldNames(r)).containsExactly("file", "language", "languageConfidence", "title", "isSessionReport",
        "session", "mentionedSessions", "people", "publishedAt", "roles");
    assertThat(fieldNames(r.get("session"))).containsExactly("number", "level", "region", "district", "city", "date");
    assertThat(r.get("title").asText()).isEqualTo("Прошла XXIV сессия АНК Павлодарской области"); // cleaned
    assertThat(r.get("session").get("number").asInt()).isEqualTo(24);
    assertThat(r.get("session").get("date").asText()).isEqualTo("2020-06-12"); // "Сегодня" under the dateline
    assertThat(r.get("people").get(0).asText()).isEqualTo("Ерлан Сапаров");
    assertThat(r.get("roles").get("Ерлан Сапаров").asText()).isEqualTo("заместитель акима области");
    assertThat(r.get("publishedAt").isNull()).isTrue();
  }

  @Test
  void noSessionIsNull(@TempDir Path dir) throws IOException {
    JsonNode r = CommandRun.run(dir, List.of(new CommandRun.Input("b.txt", "В Павлодаре прошел форум.", null, null, "ru")))
        .get("b.txt");
    assertThat(r.get("isSessionReport").asBoolean()).isFalse();
    assertThat(r.get("session").isNull()).isTrue();
    assertThat(r.get("mentionedSessions")).isEmpty();
  }

  @Test
  void theSidecarsLanguageWinsElseTheGuesserDecides(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("with.txt"), "Бүгін сессия өтті.");
    Files.writeString(dir.resolve("with.txt.json"), "{\"language\": \"kk\", \"title\": \"Тақырып\"}");
    Files.writeString(dir.resolve("without.txt"), "Сегодня прошла сессия.");
    AtomicInteger guesses = new AtomicInteger();
    Map<String, JsonNode> r = runJson(dir, text -> {
      guesses.incrementAndGet();
      return new LanguageGuess("ru", 0.93);
    }, "with.txt", "without.txt");
    assertThat(r.get("with.txt").get("language").asText()).isEqualTo("kk");
    assertThat(r.get("with.txt").get("languageConfidence").asDouble()).isEqualTo(1.0);
    assertThat(r.get("with.txt").get("title").asText()).isEqualTo("Тақырып");
    assertThat(r.get("without.txt").get("language").asText()).isEqualTo("ru");
    assertThat(r.get("without.txt").get("languageConfidence").asDouble()).isEqualTo(0.93);
    assertThat(guesses).hasValue(1);
  }

  @Test
  void publicationDatesInTheFormsScrapersSend(@TempDir Path dir) throws IOException {
    String[][] cases = {
      {"iso.txt", "\"2021-07-01\""}, {"offset.txt", "\"2021-06-30T20:00:00Z\""}, {"local.txt", "\"2021-07-01T10:15:00\""},
      {"dotted.txt", "\"01.07.2021\""}, {"millis.txt", "1625097600000"}
    };
    List<String> names = new ArrayList<>();
    for (String[] c : cases) {
      Files.writeString(dir.resolve(c[0]), "Сегодня состоялась ХХІV сессия Ассамблеи народа Казахстана Павлодарской области.");
      Files.writeString(dir.resolve(c[0] + ".json"), "{\"publishedAt\": " + c[1] + ", \"language\": \"ru\"}");
      names.add(c[0]);
    }
    Map<String, JsonNode> r = runJson(dir, text -> new LanguageGuess("und", 0), names.toArray(String[]::new));
    for (String name : names) {
      assertThat(r.get(name).get("publishedAt").asText()).as(name).isEqualTo("2021-07-01");
      assertThat(r.get(name).get("session").get("date").asText()).as(name).isEqualTo("2021-07-01");
    }
  }

  @Test
  void aBadFileIsReportedAndTheOthersStillEnriched(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Сессия.");
    Files.writeString(dir.resolve("bad.txt"), "Сессия.");
    Files.writeString(dir.resolve("bad.txt.json"), "{\"publishedAt\": \"yesterday\"}");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = command(text -> new LanguageGuess("ru", 1), out, err)
        .execute("--json", dir.resolve("missing.txt").toString(), dir.resolve("bad.txt").toString(),
            dir.resolve("good.txt").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("missing.txt").contains("publishedAt 'yesterday' is not a date");
    assertThat(out.toString().lines()).hasSize(1).allMatch(l -> l.contains("good.txt"));
  }

  @Test
  void withoutJsonItPrintsForPeople(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), SESSION_TEXT);
    StringWriter out = new StringWriter();
    int code = command(text -> new LanguageGuess("ru", 0.9), out, new StringWriter()).execute(dir.resolve("a.txt").toString());
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("language  ru (0.90)")
        .contains("session   24 REGIONAL KZ-55 - - 2020-06-12")
        .contains("people    Ерлан Сапаров");
  }

  @Test
  void evalScoresTheLabelledArticlesPresentAndPrintsEachMiss(@TempDir Path dir) throws IOException {
    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(articles.resolve("right.txt"), SESSION_TEXT);
    Files.writeString(articles.resolve("wrong.txt"), "В Павлодаре прошел форум.");
    Path labels = dir.resolve("labels.json");
    Files.writeString(labels, """
        {"articles": {
          "right": {"language": "ru", "publishedAt": null, "isSessionReport": true,
            "session": {"number": 24, "level": "REGIONAL", "region": "KZ-55", "district": null, "city": null, "date": "2020-06-12"}},
          "wrong.txt": {"language": "ru", "publishedAt": "2020-06-12", "isSessionReport": true,
            "session": {"number": 3, "level": "REGIONAL", "region": "KZ-55", "district": null, "city": null, "date": null}},
          "absent": {"language": "kk", "publishedAt": null, "isSessionReport": false, "session": null}}}
        """);
    StringWriter out = new StringWriter();
    int code = command(text -> new LanguageGuess("ru", 0.9), out, new StringWriter())
        .execute("--eval", labels.toString(), articles.toString());
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("Scored 2 of 3 labelled articles")
        .containsPattern("isSessionReport +1/2 +50.0%")
        .containsPattern("core +[0-9.]+%")
        .contains("miss: wrong.txt isSessionReport: wanted true, found false")
        .contains("miss: wrong.txt number: wanted 3, found null")
        .doesNotContain("miss: right");
  }

  @Test
  void evalExplainsUnusableInput(@TempDir Path dir) throws IOException {
    Path labels = dir.resolve("labels.json");
    Files.writeString(labels, "{\"not\": 1}");
    StringWriter err = new StringWriter();
    assertThat(command(text -> new LanguageGuess("ru", 1), new StringWriter(), err)
        .execute("--eval", labels.toString(), dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("has no \"articles\" object");
    err.getBuffer().setLength(0);
    assertThat(command(text -> new LanguageGuess("ru", 1), new StringWriter(), err)
        .execute("--eval", labels.toString(), labels.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("give one directory of articles");
  }

  private static Map<String, JsonNode> runJson(Path dir, LanguageGuesser guesser, String... names) throws IOException {
    StringWriter out = new StringWriter();
    List<String> args = new ArrayList<>(List.of("--json"));
    for (String name : names) {
      args.add(dir.resolve(name).toString());
    }
    assertThat(command(guesser, out, new StringWriter()).execute(args.toArray(String[]::new))).isZero();
    Map<String, JsonNode> results = new HashMap<>();
    for (String line : out.toString().split("\\R")) {
      JsonNode node = CommandRun.JSON.readTree(line);
      results.put(Path.of(node.get("file").asText()).getFileName().toString(), node);
    }
    return results;
  }

  private static CommandLine command(LanguageGuesser guesser, StringWriter out, StringWriter err) {
    return new CommandLine(new EnrichCommand(guesser, CommandRun.ENRICHER))
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
