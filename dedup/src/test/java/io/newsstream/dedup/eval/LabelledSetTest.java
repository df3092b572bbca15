package io.newsstream.dedup.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledSetTest {
  @TempDir Path dir;

  @Test
  void aFileThatIsNotJsonIsNamedWithWhereItGoesWrongAndNoParserInternals() throws IOException {
    Path notJson = Files.writeString(dir.resolve("labels.json"), "vm-host\n");

    assertThatThrownBy(() -> LabelledSet.pages(notJson))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot read labels " + notJson + ": not the labels' JSON at line 1, column")
        .hasMessageNotContaining("Source");
  }

  @Test
  void labelsWithoutPagesSayWhatIsExpected() throws IOException {
    Path empty = Files.writeString(dir.resolve("labels.json"), "{\"about\": \"nothing\"}");

    assertThatThrownBy(() -> LabelledSet.pages(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no pages in " + empty);
  }
}
