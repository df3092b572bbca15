package io.newsstream.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathSourceTest {
  @TempDir Path dir;
  private final PathSource source = new PathSource(new InputReader(100_000));

  @Test
  void walksDirectoriesInNameOrderSkippingHiddenFilesAndSidecars() throws IOException {
    write("b/2.txt", "два");
    write("a.txt", "один");
    write("a.txt.json", "{}");
    write("orphan.txt.json", "{}");
    write(".hidden.txt", "скрыто");
    write(".processed/old.txt", "старое");
    List<Path> files = PathSource.expand(List.of(dir, Path.of("-"), dir.resolve("a.txt.json")));
    assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b/2.txt"), dir.resolve("orphan.txt.json"),
        Path.of("-"));
  }

  @Test
  void aTextFileTakesItsSidecarFields() throws IOException {
    write("news.txt", Texts.KAZAKH);
    write("news.txt.json", "{\"url\": \"https://kaz.kz/1\", \"title\": \"Сессия\", \"language\": \"kk\"}");
    CollectingSink sink = new CollectingSink();
    source.read(dir.resolve("news.txt"), sink);
    Input.Article article = sink.article(0);
    assertThat(article.origin()).isEqualTo(dir.resolve("news.txt").toAbsolutePath().toString());
    assertThat(article.draft().text()).isEqualTo(Texts.KAZAKH);
    assertThat(article.draft().url()).isEqualTo("https://kaz.kz/1");
    assertThat(article.draft().language()).isEqualTo("kk");
  }

  @Test
  void aMalformedSidecarRefusesItsText() throws IOException {
    write("news.txt", Texts.KAZAKH);
    write("news.txt.json", "{\"url\": ");
    CollectingSink sink = new CollectingSink();
    source.read(dir.resolve("news.txt"), sink);
    assertThat(sink.refused(0).refusal().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(sink.refused(0).refusal().detail()).contains("sidecar");
  }

  @Test
  void aMissingFileIsRefusedAsUnreadable() {
    CollectingSink sink = new CollectingSink();
    source.read(dir.resolve("nowhere.txt"), sink);
    assertThat(sink.refused(0).refusal().reason()).isEqualTo(RejectReason.READ_FAILED);
    assertThat(sink.refused(0).refusal().detail()).contains("no such file");
  }

  @Test
  void stdinIsJsonLinesOrOnePlainText() {
    CollectingSink lines = new CollectingSink();
    source.readStdin(stream("{\"text\": \"бір\"}\n{\"text\": \"екі\"}\n"), lines);
    assertThat(lines.inputs).extracting(Input::origin).containsExactly("stdin:1", "stdin:2");

    CollectingSink text = new CollectingSink();
    source.readStdin(stream(Texts.RUSSIAN), text);
    assertThat(text.article(0).draft().text()).isEqualTo(Texts.RUSSIAN);
    assertThat(text.article(0).origin()).isEqualTo("stdin");
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
