package io.newsstream.producer;

import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.watch.Shelf;
import io.newsstream.producer.watch.StableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live feed: a folder that scrapers drop files into (at its top level; sub-folders are not
 * watched). Every 250 ms it reads the files that have stopped changing, publishes them, and once Kafka has acknowledged a file's articles moves it
 * to {@code .processed/} (or {@code .refused/}) inside the inbox. A restart therefore neither
 * loses a file (it stays in the inbox until acknowledged) nor sends one again (it has moved); only
 * a crash between the acknowledgement and the move re-sends a file, with the same article ids.
 *
 * <p>Write a sidecar ({@code NAME.txt.json}) before its text, or write under a temporary name
 * ({@code .tmp}, {@code .part}, a leading dot) and rename.
 */
public final class InboxWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);
  private static final long POLL_MILLIS = 250;
  private static final long CLOSE_WAIT_SECONDS = 60;

  private final Path inbox;
  private final NewsProducer producer;
  private final IngestListener listener;
  private final StableFiles files;
  private final Shelf shelf;
  private final ScheduledExecutorService poller;
  // Files read but not movable (permissions): never read twice in this run.
  private final Set<Path> stuck = new HashSet<>();
  private volatile boolean stopping;

  private InboxWatcher(Path inbox, NewsProducer producer, IngestListener listener) throws IOException {
    this.inbox = Files.createDirectories(inbox);
    this.producer = producer;
    this.listener = listener;
    this.files = new StableFiles(inbox);
    this.shelf = new Shelf(inbox);
    this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsstream-inbox-" + inbox.getFileName());
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts watching {@code inbox}, creating it if missing. */
  public static InboxWatcher start(Path inbox, NewsProducer producer, IngestListener listener) {
    try {
      InboxWatcher watcher = new InboxWatcher(inbox, producer, listener);
      watcher.poller.scheduleWithFixedDelay(watcher::pollSafely, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
      log.info("watching {} (files read go to {} and {})", inbox, Shelf.PROCESSED, Shelf.REFUSED);
      return watcher;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot watch " + inbox + ": " + e.getMessage(), e);
    }
  }

  // An exception would end the schedule: a bad poll is logged and the next one tries again.
  private void pollSafely() {
    try {
      poll();
    } catch (IOException | RuntimeException e) {
      log.warn("inbox {}: {}", inbox, e.toString());
    }
  }

  private void poll() throws IOException {
    Map<Path, CompletableFuture<IngestReport>> inFlight = new LinkedHashMap<>();
    for (Path file : files.ready()) {
      if (stopping) {
        break;
      }
      if (!stuck.contains(file)) {
        inFlight.put(file, producer.ingestAsync(List.of(file), listener));
      }
    }
    for (Map.Entry<Path, CompletableFuture<IngestReport>> entry : inFlight.entrySet()) {
      settle(entry.getKey(), entry.getValue().join());
    }
  }

  private void settle(Path file, IngestReport report) {
    boolean unsent = report.refusedByReason().containsKey(RejectReason.SEND_FAILED.name());
    if (producer.isClosed() || unsent && stopping) {
      return; // shut down before Kafka took it all: read again after the restart
    }
    try {
      shelf.put(file, report.sent() > 0);
    } catch (IOException e) {
      stuck.add(file);
      log.error("inbox {}: read {} but cannot move it out ({}); it will be read again after a restart",
          inbox, file.getFileName(), e.toString());
    }
  }

  /** Stops watching once the files in hand are published and moved; close it before the producer. */
  @Override
  public void close() {
    stopping = true;
    poller.shutdown();
    try {
      if (!poller.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        log.warn("inbox {}: files in hand were not all acknowledged within {} s; they stay in the inbox",
            inbox, CLOSE_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
