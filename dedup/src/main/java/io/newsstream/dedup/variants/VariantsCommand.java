package io.newsstream.dedup.variants;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsstream variants --out DIR FILE...}: writes near-duplicate variants of text files, one
 * file per kind, for trying the de-duplication on one's own articles: ingest the originals first,
 * then the variants, and each variant should come out a duplicate of its original.
 */
@Command(
    name = "variants",
    mixinStandardHelpOptions = true,
    description = {
      "Writes near-duplicate variants of text files (first line: the headline): reflowed, site chrome",
      "added or removed, headline changed, end cut, a paragraph added, numerals in look-alike letters,",
      "and all of these at once. DIR/NAME.KIND.txt for each FILE and kind; deterministic for a --seed."
    })
public final class VariantsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the variants (created if missing).")
  Path out;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the random edits (default: ${DEFAULT-VALUE}).")
  long seed;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files (UTF-8), the headline on the first line.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Files.createDirectories(out);
    int written = 0;
    int failed = 0;
    for (Path file : files) {
      String content;
      try {
        content = Files.readString(file, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        err.println("newsstream variants: " + file + ": " + e.getMessage());
        failed++;
        continue;
      }
      int lineEnd = content.indexOf('\n');
      String title = lineEnd < 0 ? content : content.substring(0, lineEnd).strip();
      String text = lineEnd < 0 ? "" : content.substring(lineEnd + 1).strip();
      String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
      for (Variant variant : Variants.variantsOf(title, text, seed)) {
        Path target = out.resolve(name + "." + variant.kind().name().toLowerCase(Locale.ROOT) + ".txt");
        Files.writeString(target, variant.title() + "\n\n" + variant.text() + "\n", StandardCharsets.UTF_8);
        written++;
      }
    }
    err.printf("newsstream variants: %d variants of %d files in %s%n", written, files.size() - failed, out);
    err.flush();
    return failed == 0 ? 0 : 1;
  }
}
