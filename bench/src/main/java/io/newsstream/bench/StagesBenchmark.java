package io.newsstream.bench;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.dedup.Sketch;
import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.Enrichment;
import io.newsstream.language.Detection;
import io.newsstream.language.LanguageDetector;
import io.newsstream.text.CleanText;
import io.newsstream.text.TextCleaner;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The streams app's hot stages one by one, in microseconds per article, on the same ~5 KB articles
 * as {@link CleanAndDetectBenchmark}: cleaning, language detection, the MinHash sketch with its LSH
 * band keys, and enrichment. docs/performance.md has the table and how to run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StagesBenchmark {
  @Param({"ru", "kk"})
  public String article;

  private final TextCleaner cleaner = new TextCleaner();
  private final NearDuplicateDetector nearDuplicates = NearDuplicateDetector.standard();
  private LanguageDetector detector;
  private Enricher enricher;
  private String raw;
  private String cleaned;
  private String language;

  @Setup(Level.Trial)
  public void load() {
    detector = new LanguageDetector(LanguageDetector.Accuracy.HIGH);
    enricher = new Enricher();
    raw = CleanAndDetectBenchmark.read("/articles/" + article + ".txt");
    cleaned = cleaner.clean(raw).text();
    language = detector.detect(cleaned).language();
  }

  @Benchmark
  public CleanText clean() {
    return cleaner.clean(raw);
  }

  @Benchmark
  public Detection language() {
    return detector.detect(cleaned);
  }

  @Benchmark
  public List<String> sketch() {
    Sketch sketch = nearDuplicates.sketch(cleaned);
    return nearDuplicates.bandKeys(sketch);
  }

  @Benchmark
  public Enrichment enrich() {
    return enricher.enrich(null, cleaned, LocalDate.of(2024, 5, 2), language);
  }
}
