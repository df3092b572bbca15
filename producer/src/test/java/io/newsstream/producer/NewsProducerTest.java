package io.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.newsstream.producer.id.ArticleIds;
import io.newsstream.producer.source.Input;
import io.newsstream.producer.validate.ArticleDraft;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsProducerTest {
  @TempDir Path dir;
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final NewsProducer producer =
      new NewsProducer(ProducerSettings.defaults("unused:9092", "http://unused"), publisher);

  @Test
  void publishesTheGoodAndDeadLettersTheBadWithReasons() throws IOException {
    Inputs.writeMixedDirectory(dir);
    List<String> events = new CopyOnWriteArrayList<>();
    IngestReport report = producer.ingest(List.of(dir), new IngestListener() {
      @Override
      public void onAccepted(String articleId, String origin) {
        events.add("accepted " + origin);
      }

      @Override
      public void onRefused(String reason, String detail, String origin) {
        events.add(reason + " " + origin);
      }
    });

    assertThat(report.sent()).isEqualTo(Inputs.GOOD);
    assertThat(report.refusedByReason()).isEqualTo(Map.of(
        "EMPTY_TEXT", 1L, "BINARY_CONTENT", 1L, "MALFORMED_JSON", 1L, "BAD_DATE", 1L));
    assertThat(report.read()).isEqualTo(Inputs.GOOD + 4);
    assertThat(report.sentIds()).containsExactlyInAnyOrderElementsOf(
        publisher.published.stream().map(RawArticle::getId).toList());
    assertThat(events).hasSize((int) report.read());

    assertThat(text("russian-1251.txt")).isEqualTo(Texts.RUSSIAN);
    assertThat(text("russian-koi8.txt")).isEqualTo(Texts.RUSSIAN + "\nКОИ-8.");
    assertThat(text("kazakh-utf16.txt")).isEqualTo(Texts.KAZAKH + "\nUTF-16.");
    RawArticle kazakh = article("kazakh.txt");
    assertThat(kazakh.getId()).isEqualTo(ArticleIds.fromUrl("https://example.kz/kk/sessiya"));
    assertThat(kazakh.getTitle()).isEqualTo("Сессия");
    assertThat(kazakh.getLanguageHint()).isEqualTo("kk");
    assertThat(article("page.html").getTitle()).isEqualTo("Сессия АНК");
    assertThat(publisher.contentTypes).contains("text/plain", "text/html", "application/json", "application/x-ndjson");

    assertThat(publisher.rejected).allSatisfy(r -> assertThat(r.getStage()).isEqualTo("producer"));
    RejectedInput malformed = rejected("MALFORMED_JSON");
    assertThat(malformed.getOrigin()).isEqualTo(origin("feed.jsonl") + ":2");
    assertThat(malformed.getRawText()).startsWith("{\"text\": \"Строка вторая\"");
    assertThat(rejected("BAD_DATE").getOrigin()).isEqualTo(origin("feed.jsonl") + ":3");
    assertThat(rejected("BAD_DATE").getArticleId()).isNotNull();
    assertThat(rejected("EMPTY_TEXT").getOrigin()).isEqualTo(origin("empty.txt"));
    assertThat(rejected("BINARY_CONTENT").getRawBytes().remaining()).isEqualTo(2048);

    long inputBytes;
    try (Stream<Path> files = Files.walk(dir)) {
      inputBytes = files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".txt.json"))
          .mapToLong(f -> f.toFile().length()).sum();
    }
    assertThat(report.bytes()).isEqualTo(inputBytes);
  }

  @Test
  void publishesItemsAProgramMadeAndRefusesTheBadOnes() {
    ArticleDraft good = new ArticleDraft("https://example.kz/ru/1", "example.kz", "Сессия", Texts.RUSSIAN, null, null, Map.of());
    List<Input> items = List.of(
        new Input.Article("feed[0]", "text/plain", good, good.text()),
        new Input.Article("feed[1]", "text/plain", good.withText(" "), " "));

    IngestReport report = producer.ingest(items.iterator(), IngestListener.NONE);

    assertThat(report.sentIds()).containsExactly(ArticleIds.fromUrl("https://example.kz/ru/1"));
    assertThat(publisher.published).extracting(RawArticle::getTitle).containsExactly("Сессия");
    assertThat(report.refusedByReason()).isEqualTo(Map.of("EMPTY_TEXT", 1L));
  }

  @Test
  void sendingTheSameInputsAgainGivesTheSameIds() throws IOException {
    Inputs.writeMixedDirectory(dir);
    List<String> first = producer.ingest(List.of(dir), IngestListener.NONE).sentIds().stream().sorted().toList();
    List<String> second = producer.ingest(List.of(dir), IngestListener.NONE).sentIds().stream().sorted().toList();
    assertThat(second).isEqualTo(first).doesNotHaveDuplicates();
  }

  @Test
  void anArticleKafkaWillNotTakeIsDeadLetteredAsSendFailed() throws IOException {
    Files.writeString(dir.resolve("a.txt"), Texts.RUSSIAN);
    publisher.failing = article -> true;
    IngestReport report = producer.ingest(List.of(dir.resolve("a.txt")), IngestListener.NONE);
    assertThat(report.sent()).isZero();
    assertThat(report.refusedByReason()).containsExactly(Map.entry("SEND_FAILED", 1L));
    RejectedInput dead = publisher.rejected.get(0);
    assertThat(dead.getDetail()).contains("too large");
    assertThat(dead.getArticleId()).isEqualTo(ArticleIds.fromText(Texts.RUSSIAN));
    assertThat(dead.getRawText()).isEqualTo(Texts.RUSSIAN);
  }

  @Test
  void aClosedProducerReadsNothingMore() throws IOException {
    Files.writeString(dir.resolve("a.txt"), Texts.RUSSIAN);
    producer.close();
    IngestReport report = producer.ingest(List.of(dir), IngestListener.NONE);
    assertThat(report.read()).isZero();
    assertThat(publisher.closed).isTrue();
  }

  @Test
  void everySeedArticleIsAcceptedWithItsTextUntouched() throws IOException {
    Optional<Path> seeds = Optional.ofNullable(System.getProperty("newsstream.seeds")).map(Path::of).filter(Files::isDirectory);
    assumeThat(seeds).as("seed articles (system property newsstream.seeds)").isPresent();
    List<Path> texts;
    try (Stream<Path> files = Files.list(seeds.get())) {
      texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assumeThat(texts).isNotEmpty();
    IngestReport report = producer.ingest(texts, IngestListener.NONE);
    assertThat(report.refused()).isZero();
    assertThat(report.sent()).isEqualTo(texts.size());
    for (Path seed : texts) {
      RawArticle article = publisher.published.stream()
          .filter(a -> a.getOrigin().equals(seed.toAbsolutePath().normalize().toString())).findFirst().orElseThrow();
      assertThat(article.getText()).isEqualTo(Files.readString(seed));
      assertThat(article.getId()).isEqualTo(ArticleIds.fromText(Files.readString(seed)));
    }
  }

  private String origin(String name) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow()
          .toAbsolutePath().normalize().toString();
    }
  }

  private RawArticle article(String name) throws IOException {
    String origin = origin(name);
    return publisher.published.stream().filter(a -> a.getOrigin().equals(origin)).findFirst().orElseThrow();
  }

  private String text(String name) throws IOException {
    return article(name).getText();
  }

  private RejectedInput rejected(String reason) {
    return publisher.rejected.stream().filter(r -> r.getReason().equals(reason)).findFirst().orElseThrow();
  }
}
