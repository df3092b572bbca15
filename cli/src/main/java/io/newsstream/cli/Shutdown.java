package io.newsstream.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or any JVM shutdown) for a command: the hook asks the work to stop, then holds the JVM
 * until the command has closed what it runs (flushed, printed its summary, closed its state
 * stores), so nothing is lost or left to restore on the way out. Open it before the work starts
 * and close it last, after what it guards: try-with-resources closes in that order.
 */
public final class Shutdown implements AutoCloseable {
  private static final long HOLD_SECONDS = 90;

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  /** A command that waits in {@link #await()} and stops on its own thread. */
  public Shutdown() {
    this(() -> {});
  }

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

  /** Waits up to {@code timeout} for a shutdown to be asked for; whether it was. */
  public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
    return requested.await(timeout, unit);
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
