package io.newsstream.producer.watch;

import io.newsstream.producer.source.PathSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of an inbox that are ready to read: seen with the same size and modification time on
 * two polls in a row, so a file still being written is left alone. Hidden files, temporary names
 * ({@code .tmp}, {@code .part}, {@code ~}) and sidecars (read with their text) are never ready;
 * writers can rely on writing under such a name and renaming when done.
 */
public final class StableFiles {
  private record Seen(long size, FileTime modified) {}

  private final Path inbox;
  private Map<Path, Seen> previous = new HashMap<>();

  public StableFiles(Path inbox) {
    this.inbox = inbox;
  }

  /** The files that have not changed since the last call, in name order. */
  public List<Path> ready() throws IOException {
    Map<Path, Seen> current = new HashMap<>();
    List<Path> ready = new ArrayList<>();
    try (Stream<Path> entries = Files.list(inbox)) {
      for (Path file : entries.sorted().toList()) {
        if (!candidate(file)) {
          continue;
        }
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException vanished) {
          continue;
        }
        if (!attrs.isRegularFile()) {
          continue;
        }
        Seen seen = new Seen(attrs.size(), attrs.lastModifiedTime());
        current.put(file, seen);
        if (seen.equals(previous.get(file))) {
          ready.add(file);
        }
      }
    }
    previous = current;
    return ready;
  }

  private static boolean candidate(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".part") && !name.endsWith("~")
        && !PathSource.isSidecar(file);
  }
}
