package io.newsstream.enrich.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the gazetteer's tab-separated resources: '#' starts a comment line. */
final class Tsv {
  private Tsv() {}

  /** The rows of a resource next to this class, each padded to {@code columns} cells. */
  static List<String[]> read(String name, int columns) {
    try (InputStream in = Tsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing gazetteer resource " + name);
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(Arrays.copyOf(line.split("\t", -1), columns));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resource " + name, e);
    }
  }

  /** The comma-separated items of a cell; none when the cell is empty or missing. */
  static List<String> list(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
