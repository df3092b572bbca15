package io.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.producer.watch.Shelf;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live feed, restarted while scrapers keep writing, against the real broker and registry. */
class InboxWatcherIT {
  private static final int FILES = 60;
  @TempDir Path inbox;
  private final KafkaCluster cluster = KafkaCluster.shared();

  @Test
  void restartedMidStreamItLosesAndDuplicatesNothing() throws Exception {
    List<String> texts = IntStream.range(0, FILES)
        .mapToObj(i -> Texts.KAZAKH + " Хабар " + i + ", " + inbox.getFileName() + ".").toList();
    CompletableFuture<Void> scraper = CompletableFuture.runAsync(() -> {
      for (int i = 0; i < FILES; i++) {
        write(inbox.resolve("news-" + i + ".txt"), texts.get(i));
        pause(25);
      }
    });

    // Three lives of the process, each with its own producer; the scraper writes on throughout.
    for (int life = 0; life < 3; life++) {
      try (NewsProducer producer = new NewsProducer(cluster.settings());
          InboxWatcher watcher = InboxWatcher.start(inbox, producer, IngestListener.NONE)) {
        if (life < 2) {
          pause(500);
        } else {
          scraper.get();
          InboxWatcherTest.await(() -> inboxFiles() == 0, Duration.ofSeconds(20));
        }
      }
      pause(100);
    }

    List<RawArticle> published = cluster.readAll(Topics.RAW).stream()
        .map(r -> r.value())
        .filter(a -> a.getOrigin().startsWith(inbox.toAbsolutePath().toString()))
        .toList();
    assertThat(published).extracting(RawArticle::getText).containsExactlyInAnyOrderElementsOf(texts);
    try (Stream<Path> shelved = Files.list(inbox.resolve(Shelf.PROCESSED))) {
      assertThat(shelved.count()).isEqualTo(FILES);
    }
  }

  private long inboxFiles() {
    try (Stream<Path> files = Files.list(inbox)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** As a well-behaved scraper writes: a temporary name the watcher skips, then a rename. */
  private static void write(Path file, String text) {
    try {
      Path partial = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(partial, text);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
