package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsstream.dedup.variants.Variant;
import io.newsstream.dedup.variants.Variants;
import io.newsstream.text.TextCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The detector on real articles, read from the directory in the system property newsstream.seeds. */
class SeedArticlesTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.standard();
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void everyVariantOfASeedIsFoundAndNoTwoSeedsAreDuplicates() throws IOException {
    List<Sketch> seeds = new ArrayList<>();
    for (String raw : seedTexts()) {
      Sketch original = detector.sketch(cleaner.clean(raw).text());
      seeds.add(original);
      // The seeds carry their headline in the text: an empty title leaves it there.
      for (Variant v : Variants.variantsOf("", raw, seeds.size())) {
        Sketch variant = detector.sketch(cleaner.clean(v.title() + "\n" + v.text()).text());
        assertThat(detector.similarityIfDuplicate(original, variant)).as(v.kind().name()).isPresent();
        assertThat(detector.bandKeys(variant)).as(v.kind().name()).containsAnyElementsOf(detector.bandKeys(original));
      }
    }
    for (int i = 0; i < seeds.size(); i++) {
      for (int j = i + 1; j < seeds.size(); j++) {
        assertThat(detector.similarityIfDuplicate(seeds.get(i), seeds.get(j))).as(i + " and " + j).isEmpty();
      }
    }
  }

  private static List<String> seedTexts() throws IOException {
    String dir = System.getProperty("newsstream.seeds");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "seed articles absent (system property newsstream.seeds)");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assumeTrue(!texts.isEmpty(), "no seed articles in " + dir);
    return texts;
  }
}
