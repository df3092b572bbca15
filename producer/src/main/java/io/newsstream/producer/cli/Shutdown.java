package io.newsstream.producer.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or any JVM shutdown) for a command: the hook asks the work to stop, then holds the JVM
 * until the command has flushed and printed its summary, so nothing read is lost on the way out.
 */
public final class Shutdown implements AutoCloseable {
  private static final long HOLD_SECONDS = 90;

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  /** @param onRequest what to stop, run on the shutdown hook's thread */
  public Shutdown(Runnable onRequest) {
    this.hook = new Thread(() -> {
      requested.countDown();
      onRequest.run();
      try {
        finished.await(HOLD_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsstream-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Whether a shutdown was asked for. */
  public boolean requested() {
    return requested.getCount() == 0;
  }

  /** Blocks until a shutdown is asked for. */
  public void await() throws InterruptedException {
    requested.await();
  }

  /** The command is done: the JVM may end. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it returns now that finished is counted down
    }
  }
}
