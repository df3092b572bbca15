package io.newsstream.bench;

import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.Enrichment;
import io.newsstream.text.CleanText;
import io.newsstream.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Enrichment of one cleaned article, as the streams app's enrich stage does it, on the same ~5 KB
 * articles as {@link CleanAndDetectBenchmark}; "latin" is the Kazakh one written in the 2021 Latin
 * alphabet, which is read back to Cyrillic first. Articles per second for one thread (issue 12's
 * target: 2,000 per core).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnrichBenchmark {
  @Param({"ru", "kk", "mixed", "latin"})
  public String article;

  private final Enricher enricher = new Enricher();
  private CleanText cleaned;
  private String language;

  @Setup(Level.Trial)
  public void load() {
    String name = article.equals("latin") ? "kk" : article;
    String text = read("/articles/" + name + ".txt");
    if (article.equals("latin")) {
      text = toLatin2021(text);
    }
    cleaned = new TextCleaner().clean(text);
    language = article.equals("ru") ? "ru" : "kk";
  }

  @Benchmark
  public Enrichment enrich() {
    return enricher.enrich(cleaned.title(), cleaned.text(), LocalDate.of(2024, 4, 25), language);
  }

  /** A rough 2021-alphabet spelling of a Cyrillic text, enough to exercise the way back. */
  private static String toLatin2021(String cyrillic) {
    String from = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяәАБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯӘ";
    String[] to = {"a", "b", "v", "g", "ğ", "d", "e", "io", "j", "z", "i", "i", "k", "q", "l", "m", "n", "ñ", "o", "ö",
        "p", "r", "s", "t", "u", "ū", "ü", "f", "h", "h", "ts", "ch", "ş", "ş", "", "y", "ı", "", "e", "iu", "ia", "ä"};
    StringBuilder out = new StringBuilder(cyrillic.length());
    for (int i = 0; i < cyrillic.length(); i++) {
      char c = cyrillic.charAt(i);
      int at = from.indexOf(c);
      if (at < 0) {
        out.append(c);
      } else {
        String latin = to[at % to.length];
        out.append(at >= to.length && !latin.isEmpty() ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
      }
    }
    return out.toString();
  }

  private static String read(String resource) {
    try (InputStream in = EnrichBenchmark.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
