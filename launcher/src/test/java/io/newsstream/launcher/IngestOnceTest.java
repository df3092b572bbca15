package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestOnceTest {
  @Test
  void aFewInputsAreNamedAllAndManyByTheFirstThreeAndACount() {
    assertThat(IngestOnce.named(List.of(Path.of("a.txt"), Path.of("dir")))).isEqualTo("[a.txt, dir]");
    List<Path> many = List.of(Path.of("1.txt"), Path.of("2.txt"), Path.of("3.txt"), Path.of("4.txt"), Path.of("5.txt"));
    assertThat(IngestOnce.named(many)).isEqualTo("5 inputs: 1.txt, 2.txt, 3.txt and 2 more");
  }
}
