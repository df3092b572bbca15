package io.newsstream.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.Texts;
import io.newsstream.producer.validate.ArticleDraft;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputReaderTest {
  private final InputReader reader = new InputReader(10_000);

  @Test
  void plainTextIsOneArticleWithItsSidecarFields() {
    ArticleDraft sidecar = new ArticleDraft("https://kt.kz/1", "kt.kz", "Заголовок", null, "2024-05-01", "ru", Map.of());
    CollectingSink sink = read(Format.TEXT, Texts.RUSSIAN.getBytes(Charset.forName("windows-1251")), Optional.of(sidecar));
    assertThat(sink.inputs).hasSize(1);
    ArticleDraft draft = sink.article(0).draft();
    assertThat(draft.text()).isEqualTo(Texts.RUSSIAN);
    assertThat(draft.url()).isEqualTo("https://kt.kz/1");
    assertThat(draft.title()).isEqualTo("Заголовок");
    assertThat(sink.article(0).contentType()).isEqualTo("text/plain");
    assertThat(sink.bytes).isEqualTo(Texts.RUSSIAN.length());
  }

  @Test
  void htmlGivesTitleTextDateAndUrl() {
    String html = """
        <!DOCTYPE html><html lang="kk"><head>
        <title>Сайт | Сессия</title>
        <meta property="og:title" content="Ассамблея сессиясы өтті">
        <meta property="og:site_name" content="Қазақ газеті">
        <meta property="article:published_time" content="2024-05-01T10:00:00+05:00">
        <link rel="canonical" href="https://example.kz/kk/news/42">
        <script>var counter = 1;</script><style>p{}</style>
        </head><body><nav>Басты бет</nav>
        <article><h1>Ассамблея сессиясы өтті</h1><p>Бірінші абзац.</p><p>Екінші<br>жол.</p></article>
        <aside><article><a href="/2">Тағы оқыңыз</a></article></aside>
        </body></html>""";
    CollectingSink sink = read(Format.HTML, html.getBytes(StandardCharsets.UTF_8), Optional.empty());
    ArticleDraft draft = sink.article(0).draft();
    assertThat(draft.title()).isEqualTo("Ассамблея сессиясы өтті");
    assertThat(draft.source()).isEqualTo("Қазақ газеті");
    assertThat(draft.url()).isEqualTo("https://example.kz/kk/news/42");
    assertThat(draft.publishedAt()).isEqualTo("2024-05-01T10:00:00+05:00");
    assertThat(draft.language()).isEqualTo("kk");
    assertThat(draft.text()).isEqualTo("Ассамблея сессиясы өтті\nБірінші абзац.\nЕкінші\nжол.");
  }

  @Test
  void aBrokenMetaDateIsKeptAsMetadataNotRefused() {
    String html = "<html><head><meta name=pubdate content='вчера'></head><body><p>Мәтін</p></body></html>";
    ArticleDraft draft = read(Format.HTML, html.getBytes(StandardCharsets.UTF_8), Optional.empty()).article(0).draft();
    assertThat(draft.publishedAt()).isNull();
    assertThat(draft.metadata()).containsEntry("html.publishedAt", "вчера");
    assertThat(draft.text()).isEqualTo("Мәтін");
  }

  @Test
  void jsonArrayGivesOneArticlePerElementWithIndexedOrigins() {
    String json = """
        [{"text": "первая", "url": "https://a.kz/1", "extra": 5},
         {"text": "вторая", "publishedAt": 1714557600000},
         "не статья"]""";
    CollectingSink sink = read(Format.JSON, json.getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(sink.inputs).extracting(Input::origin).containsExactly("f[0]", "f[1]", "f[2]");
    assertThat(sink.article(0).draft().metadata()).containsEntry("extra", "5");
    assertThat(sink.article(1).draft().publishedAt()).isEqualTo("1714557600000");
    assertThat(sink.refused(2).refusal().reason()).isEqualTo(RejectReason.BAD_FIELD);
  }

  /** Issue 14: {"text":"abc"} xyz was half-accepted: the article sent, the rest refused. */
  @Test
  void aJsonDocumentWithAnythingAfterItsValueIsRefusedWhole() {
    CollectingSink trailing = read(Format.JSON, "{\"text\": \"abc\"} xyz".getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(trailing.inputs).hasSize(1);
    assertThat(trailing.refused(0).refusal().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(trailing.refused(0).refusal().detail()).contains("line 1, column 20");
    CollectingSink twoValues = read(Format.JSON, "{\"text\": \"abc\"} 42".getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(twoValues.inputs).hasSize(1);
    assertThat(twoValues.refused(0).refusal().detail()).contains("content after the JSON value", "nothing of it was taken");

    CollectingSink brokenArray = read(Format.JSON,
        "[{\"text\": \"первая\"}, {\"text\": oops}]".getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(brokenArray.inputs).extracting(Input::origin).containsExactly("f");
    assertThat(brokenArray.refused(0).refusal().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
  }

  /** Issue 14: refusals named Jackson's classes and settings (StreamReadConstraints...). */
  @Test
  void malformedJsonIsDescribedInPlainWordsWithoutTheParsersNames() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("[".repeat(3000) + "]".repeat(3000), "nested deeper than 1000 levels");
    expected.put("{\"text\": " + "9".repeat(1500) + "}", "a number of 1500 digits, over the limit of 1000");
    expected.put("{\"text\": \"abc", "the input ends before the JSON value does");
    expected.put("{\"text\": [1, 2", "the input ends before the JSON value does");
    expected.put("{\"text\": \"abc\"} \"xyz\"", "content after the JSON value");
    expected.put("{\"text\" \"abc\"}", "Unexpected character");
    expected.forEach((json, words) -> {
      for (Format format : List.of(Format.JSON, Format.JSON_LINES)) {
        CollectingSink sink = read(format, json.getBytes(StandardCharsets.UTF_8), Optional.empty());
        String detail = sink.refused(0).refusal().detail();
        assertThat(sink.refused(0).refusal().reason()).as(detail).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(detail).as(format + " " + json.substring(0, Math.min(40, json.length())))
            .contains(words)
            .doesNotContain("StreamReadConstraints", "StreamReadFeature", "DeserializationFeature", "Exception",
                "`", "Source:", "jackson", "JsonNode");
      }
    });
  }

  @Test
  void malformedJsonIsRefusedWithWhereItBroke() {
    CollectingSink sink = read(Format.JSON, "{\"text\": \"a\",\n \"title\": }".getBytes(StandardCharsets.UTF_8), Optional.empty());
    Input.Refused refused = sink.refused(0);
    assertThat(refused.refusal().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(refused.refusal().detail()).contains("line 2");
    assertThat(refused.rawText()).contains("\"title\"");
  }

  @Test
  void jsonLinesAreReadLineByLineAndABadLineIsRefusedAlone() {
    String lines = """
        {"text": "первая"}

        {"text": "вторая", oops}
        {"text": "третья"} trailing
        {"text": 42}
        {"text": "пятая"}
        """;
    CollectingSink sink = read(Format.JSON_LINES, lines.getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(sink.inputs).extracting(Input::origin).containsExactly("f:1", "f:3", "f:4", "f:5", "f:6");
    assertThat(sink.article(0).draft().text()).isEqualTo("первая");
    assertThat(sink.refused(1).refusal().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(sink.refused(1).rawText()).isEqualTo("{\"text\": \"вторая\", oops}");
    assertThat(sink.refused(2).refusal().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(sink.refused(3).refusal().reason()).isEqualTo(RejectReason.BAD_FIELD);
    assertThat(sink.article(4).draft().text()).isEqualTo("пятая");
    assertThat(sink.bytes).isEqualTo(lines.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void jsonLinesInWindows1251AreDecoded() {
    String lines = "{\"text\": \"" + Texts.RUSSIAN.replace("\n", "\\n") + "\"}\n";
    CollectingSink sink = read(Format.JSON_LINES, lines.getBytes(Charset.forName("windows-1251")), Optional.empty());
    assertThat(sink.article(0).draft().text()).isEqualTo(Texts.RUSSIAN);
  }

  @Test
  void aJsonLineWithBytesInvalidInItsEncodingIsRefusedAlone() {
    byte[] good = ("{\"text\": \"" + Texts.KAZAKH + "\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    byte[] both = new byte[good.length + bad.length];
    System.arraycopy(good, 0, both, 0, good.length);
    System.arraycopy(bad, 0, both, good.length, bad.length);
    CollectingSink sink = read(Format.JSON_LINES, both, Optional.empty());
    assertThat(sink.article(0).draft().text()).isEqualTo(Texts.KAZAKH);
    assertThat(sink.refused(1).refusal().reason()).isEqualTo(RejectReason.UNDECODABLE);
    assertThat(sink.refused(1).origin()).isEqualTo("f:2");
  }

  @Test
  void anEndlessLineIsRefusedWithoutReadingItIntoMemory() {
    InputReader small = new InputReader(10);
    String lines = "{\"text\": \"" + "а".repeat(100) + "\"}\n{\"text\": \"ок\"}\n";
    CollectingSink sink = new CollectingSink();
    small.read(Format.JSON_LINES, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "f",
        Optional.empty(), Optional.empty(), sink);
    assertThat(sink.refused(0).refusal().reason()).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(sink.article(1).draft().text()).isEqualTo("ок");
  }

  @Test
  void emptyAndBinaryInputsAreRefusedInEveryFormat() {
    for (Format format : Format.values()) {
      assertThat(read(format, new byte[0], Optional.empty()).refused(0).refusal().reason())
          .as(format.name()).isEqualTo(RejectReason.EMPTY_TEXT);
      assertThat(read(format, new byte[] {'{', 0, 1, 2, 3, 0}, Optional.empty()).refused(0).refusal().reason())
          .as(format.name()).isEqualTo(RejectReason.BINARY_CONTENT);
    }
  }

  @Test
  void aWholeDocumentOverTheLimitIsRefusedTooLarge() {
    CollectingSink sink = read(Format.TEXT, "a".repeat(50_000).getBytes(StandardCharsets.US_ASCII), Optional.empty());
    assertThat(sink.refused(0).refusal().reason()).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(sink.refused(0).rawBytes()).isNotEmpty();
  }

  @Test
  void sniffsTheFormatOfUnnamedInput() {
    assertThat(Format.sniff(" [{}]".getBytes(StandardCharsets.UTF_8), 5)).isEqualTo(Format.JSON);
    assertThat(Format.sniff("\uFEFF{\"text\":1}".getBytes(StandardCharsets.UTF_16LE), 8)).isEqualTo(Format.JSON_LINES);
    assertThat(Format.sniff("<!DOCTYPE html>".getBytes(StandardCharsets.UTF_8), 15)).isEqualTo(Format.HTML);
    assertThat(Format.sniff("Сессия".getBytes(StandardCharsets.UTF_8), 12)).isEqualTo(Format.TEXT);
  }

  private CollectingSink read(Format format, byte[] bytes, Optional<ArticleDraft> sidecar) {
    CollectingSink sink = new CollectingSink();
    reader.read(format, new ByteArrayInputStream(bytes), "f", Optional.empty(), sidecar, sink);
    return sink;
  }
}
