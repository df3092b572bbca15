package io.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.producer.watch.Shelf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWatcherTest {
  @TempDir Path inbox;
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final NewsProducer producer =
      new NewsProducer(ProducerSettings.defaults("unused:9092", "http://unused"), publisher);

  @Test
  void aDroppedFileIsPublishedAndShelved() throws Exception {
    try (InboxWatcher watcher = InboxWatcher.start(inbox, producer, IngestListener.NONE)) {
      Files.writeString(inbox.resolve("news.txt"), Texts.KAZAKH);
      Files.write(inbox.resolve("empty.txt"), new byte[0]);
      // Waits for the shelved files, not for a time: a loaded CI machine may take seconds.
      await(() -> Files.exists(inbox.resolve(Shelf.PROCESSED).resolve("news.txt"))
          && Files.exists(inbox.resolve(Shelf.REFUSED).resolve("empty.txt")), Duration.ofSeconds(60));
    }
    assertThat(publisher.published).hasSize(1);
    assertThat(publisher.rejected).hasSize(1);
  }

  @Test
  void filesOfAClosedProducerStayInTheInbox() throws Exception {
    producer.close();
    try (InboxWatcher watcher = InboxWatcher.start(inbox, producer, IngestListener.NONE)) {
      Files.writeString(inbox.resolve("news.txt"), Texts.RUSSIAN);
      Thread.sleep(1000);
    }
    assertThat(inbox.resolve("news.txt")).exists();
    assertThat(publisher.published).isEmpty();
  }

  static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout);
      }
      Thread.sleep(20);
    }
  }
}
