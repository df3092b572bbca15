package io.newsstream.dedup;

import io.newsstream.dedup.corpus.Article;
import io.newsstream.dedup.corpus.Corpus;
import io.newsstream.dedup.variants.Variant;
import io.newsstream.dedup.variants.Variant.Kind;
import io.newsstream.dedup.variants.Variants;
import io.newsstream.text.TextCleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's documents: every base article and its variants, cleaned as the streams app cleans
 * them (headline as the first line, since scrapers often send no separate title).
 */
final class BenchmarkDocs {
  static final String ORIGINAL = "ORIGINAL";

  /**
   * @param group the base article's id: documents of one group are near-duplicates, of different groups not
   * @param kind {@link #ORIGINAL} or the variant kind
   */
  record Doc(String group, String kind, String cleanedText) {}

  /** The enrich module's labelled articles: short, hand-written, a second style of text. */
  private static final Path LABELLED = Path.of("../enrich/src/test/resources/labelled");

  private BenchmarkDocs() {}

  static List<Doc> of(List<Article> bases, long seed) {
    TextCleaner cleaner = new TextCleaner();
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      Article base = bases.get(i);
      // Every third original comes with site chrome, so that removing it is a real change.
      String text = i % 3 == 0 ? Variants.variantOf(Kind.CHROME_ADDED, base.title(), base.text(), seed - i - 1).text() : base.text();
      docs.add(new Doc(base.id(), ORIGINAL, cleaner.clean(base.title() + "\n\n" + text).text()));
      for (Variant v : Variants.variantsOf(base.title(), text, seed + i)) {
        docs.add(new Doc(base.id(), v.kind().name(), cleaner.clean(v.title() + "\n\n" + v.text()).text()));
      }
    }
    return docs;
  }

  /** The generated corpus plus the labelled articles when the enrich module's sources are beside this one. */
  static List<Article> bases(Corpus corpus) {
    List<Article> bases = new ArrayList<>(corpus.articles());
    if (Files.isDirectory(LABELLED)) {
      try (Stream<Path> files = Files.list(LABELLED)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split("\\R", 2);
          bases.add(new Article("labelled-" + file.getFileName(), parts[0], parts.length > 1 ? parts[1] : ""));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bases;
  }
}
