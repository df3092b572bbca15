package io.newsstream.producer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShelfTest {
  @TempDir Path inbox;

  @Test
  void movesAFileWithItsSidecarAndKeepsEarlierFilesOfTheSameName() throws IOException {
    Shelf shelf = new Shelf(inbox);
    Files.writeString(inbox.resolve("latest.txt"), "первый");
    Files.writeString(inbox.resolve("latest.txt.json"), "{}");
    shelf.put(inbox.resolve("latest.txt"), true);
    Files.writeString(inbox.resolve("latest.txt"), "второй");
    shelf.put(inbox.resolve("latest.txt"), true);
    Files.writeString(inbox.resolve("bad.txt"), "");
    shelf.put(inbox.resolve("bad.txt"), false);

    Path processed = inbox.resolve(Shelf.PROCESSED);
    assertThat(Files.readString(processed.resolve("latest.txt"))).isEqualTo("первый");
    assertThat(processed.resolve("latest.txt.json")).exists();
    assertThat(Files.readString(processed.resolve("1-latest.txt"))).isEqualTo("второй");
    assertThat(inbox.resolve(Shelf.REFUSED).resolve("bad.txt")).exists();
    try (var left = Files.list(inbox)) {
      assertThat(left.filter(Files::isRegularFile)).isEmpty();
    }
  }
}
