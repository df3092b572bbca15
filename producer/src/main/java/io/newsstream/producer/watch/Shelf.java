package io.newsstream.producer.watch;

import io.newsstream.producer.source.PathSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an inbox puts the files it has read: {@code .processed/} when anything in them was
 * published, {@code .refused/} when all of it was refused (the reasons are in {@code news.dlq.v1}).
 * Moving a file is what marks it done, so a restarted watcher does not read it again.
 */
public final class Shelf {
  /** The folder, inside the inbox, of files with at least one article published. */
  public static final String PROCESSED = ".processed";
  /** The folder, inside the inbox, of files whose every item was refused. */
  public static final String REFUSED = ".refused";

  private final Path processed;
  private final Path refused;

  /** Creates the folders if they are missing. */
  public Shelf(Path inbox) throws IOException {
    this.processed = Files.createDirectories(inbox.resolve(PROCESSED));
    this.refused = Files.createDirectories(inbox.resolve(REFUSED));
  }

  /** Moves a file that was read, and its sidecar if it has one, out of the inbox. */
  public void put(Path file, boolean anythingPublished) throws IOException {
    Path folder = anythingPublished ? processed : refused;
    Optional<Path> sidecar = PathSource.sidecarOf(file);
    Path target = free(folder.resolve(file.getFileName().toString()));
    Files.move(file, target);
    if (sidecar.isPresent()) {
      Files.move(sidecar.get(), target.resolveSibling(target.getFileName() + ".json"));
    }
  }

  // Scrapers reuse names ("latest.json"): an earlier file of the same name is kept, not replaced.
  private static Path free(Path target) {
    Path candidate = target;
    for (int n = 1; Files.exists(candidate); n++) {
      candidate = target.resolveSibling(n + "-" + target.getFileName());
    }
    return candidate;
  }
}
