package io.newsstream.bench;

import io.newsstream.language.Detection;
import io.newsstream.language.LanguageDetector;
import io.newsstream.text.CleanText;
import io.newsstream.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * What the streams app spends on one article before enrichment: cleaning, and language detection
 * of the cleaned text, on ~5 KB news articles written for this benchmark (a Russian one, a Kazakh
 * one, a Kazakh one quoting Russian), with the site chrome scrapers leave in. Articles per second
 * for one thread; Lingua also uses the common fork-join pool, so pin the JVM to one core (taskset)
 * for figures per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CleanAndDetectBenchmark {
  @Param({"ru", "kk", "mixed"})
  public String article;

  private final TextCleaner cleaner = new TextCleaner();
  private LanguageDetector detector;
  private String raw;
  private String cleaned;

  @Setup(Level.Trial)
  public void load() {
    // The production default: high accuracy, loaded once per process.
    detector = new LanguageDetector(LanguageDetector.Accuracy.HIGH);
    raw = read("/articles/" + article + ".txt");
    cleaned = cleaner.clean(raw).text();
  }

  @Benchmark
  public CleanText clean() {
    return cleaner.clean(raw);
  }

  @Benchmark
  public Detection detect() {
    return detector.detect(cleaned);
  }

  @Benchmark
  public Detection cleanAndDetect() {
    return detector.detect(cleaner.clean(raw).text());
  }

  static String read(String resource) {
    try (InputStream in = CleanAndDetectBenchmark.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
