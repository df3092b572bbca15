package io.newsstream.producer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StableFilesTest {
  @TempDir Path inbox;

  @Test
  void aFileIsReadyOnceItStopsChanging() throws IOException {
    StableFiles files = new StableFiles(inbox);
    Path file = Files.writeString(inbox.resolve("a.txt"), "начало");
    assertThat(files.ready()).isEmpty();
    Files.writeString(file, " продолжение", StandardOpenOption.APPEND);
    assertThat(files.ready()).isEmpty();
    assertThat(files.ready()).containsExactly(file);
  }

  @Test
  void temporaryHiddenAndSidecarFilesAreNeverReady() throws IOException {
    StableFiles files = new StableFiles(inbox);
    for (String name : new String[] {"a.txt.tmp", "b.json.part", ".c.txt", "d.txt~", "e.txt", "e.txt.json"}) {
      Files.writeString(inbox.resolve(name), "x");
    }
    Files.createDirectories(inbox.resolve("folder"));
    files.ready();
    assertThat(files.ready()).containsExactly(inbox.resolve("e.txt"));
  }
}
