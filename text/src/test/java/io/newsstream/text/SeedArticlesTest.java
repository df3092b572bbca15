package io.newsstream.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cleaner on real articles, read from the directory in the system property newsstream.seeds. */
class SeedArticlesTest {
  private final TextCleaner cleaner = new TextCleaner();

  static Path seeds() {
    String dir = System.getProperty("newsstream.seeds");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "seed articles absent (system property newsstream.seeds)");
    return Path.of(dir);
  }

  static Stream<String> seedNames() throws IOException {
    try (Stream<Path> files = Files.list(seeds())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
    }
  }

  private static String seed(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(seeds())) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  @Test
  void noneLinesAndTrailingSeichasChitayutAreGone() throws IOException {
    String text = cleaner.clean(seed("004_")).text();

    assertThat(lines(text)).doesNotContain("None");
    assertThat(text).doesNotEndWith("Сейчас читают").endsWith(".");
  }

  @Test
  void danglingChitayteTakzheIsGone() throws IOException {
    String text = cleaner.clean(seed("003_")).text();

    assertThat(text).doesNotContain("Читайте также").endsWith("Токаев.");
  }

  @Test
  void trailingPikirZhazuIsGone() throws IOException {
    String text = cleaner.clean(seed("002_")).text();

    assertThat(text).doesNotContain("ПІКІР ЖАЗУ").endsWith("өтті.");
  }

  @Test
  void bareViewCounterAndBackLinkAreGone() throws IOException {
    String text = cleaner.clean(seed("001_")).text();

    assertThat(lines(text)).doesNotContain("251", "Возврат к списку");
  }

  @Test
  void lookAlikeNumeralsAreFolded() throws IOException {
    assertThat(cleaner.clean(seed("000_")).text()).contains("XXV сессия").doesNotContain("ХХV");
    assertThat(cleaner.clean(seed("001_")).text()).contains("XXVI сессия").doesNotContain("ХХVІ");
    assertThat(cleaner.clean(seed("002_")).text()).contains("XXVII сессиясы");
    assertThat(cleaner.clean(seed("003_")).text()).contains("XXXIV сессия");
  }

  @Test
  void titleIsTheFirstShortLine() throws IOException {
    assertThat(cleaner.clean(seed("004_")).title()).startsWith("XXIX сессия").doesNotEndWith(".");
    // Seed 000 opens with a sentence, not a headline: no title is made up.
    assertThat(cleaner.clean(seed("000_")).title()).isNull();
  }

  @ParameterizedTest
  @MethodSource("seedNames")
  void cleaningIsIdempotentAndKeepsTheFingerprint(String name) throws IOException {
    CleanText once = cleaner.clean(Files.readString(seeds().resolve(name), StandardCharsets.UTF_8));
    CleanText twice = cleaner.clean(once.text());

    assertThat(twice.text()).isEqualTo(once.text());
    assertThat(once.text()).doesNotContain("«", "»", "–", "\n\n\n");
  }

  @ParameterizedTest
  @MethodSource("seedNames")
  void reflowingASeedKeepsItsFingerprint(String name) throws IOException {
    String raw = Files.readString(seeds().resolve(name), StandardCharsets.UTF_8);
    String reflowed = "None\n" + raw.replace("\n", "\n\n").replace(" ", "  ") + "\nПросмотров: 7\n";

    assertThat(Fingerprint.of(cleaner.clean(reflowed).text())).isEqualTo(Fingerprint.of(cleaner.clean(raw).text()));
  }
}
