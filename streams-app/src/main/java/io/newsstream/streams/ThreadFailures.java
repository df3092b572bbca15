package io.newsstream.streams;

import io.newsstream.streams.errors.ExceptionHandlers;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stream thread's failure does to the instance. Bad records go to the DLQ, so what reaches
 * here is a fault of the app, the cluster or the registry; most would meet a new thread again, so
 * the instance stops and says why. Two are passing, and a new thread, which takes the records up
 * again from the last commit (exactly-once: nothing lost or written twice), gets past them:
 *
 * <ul>
 *   <li>the schema registry out of reach (a new thread waits for it in its turn);
 *   <li>a state store found closed while a task is set up again after an unclean stop: Kafka
 *       Streams 4.3.1 keeps a segment that failed to open in its cache of open segments, and the
 *       task's next start reads it (KAFKA-20808, fixed after 4.3.1). Seen in CrashIT after a kill
 *       -9. A new thread builds the task's stores anew. A few times at most: a store that stays
 *       closed is a fault to stop on.
 * </ul>
 */
final class ThreadFailures implements StreamsUncaughtExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ThreadFailures.class);
  static final int MAX_STORE_REPLACEMENTS = 5;

  private final AtomicInteger storeReplacements = new AtomicInteger();

  @Override
  public StreamThreadExceptionResponse handle(Throwable e) {
    if (ExceptionHandlers.registryUnavailable(e)) {
      LOG.warn("the schema registry is out of reach; replacing the stream thread, which tries again: {}", e.getMessage());
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
    if (ExceptionHandlers.causedBy(e, InvalidStateStoreException.class) && storeReplacements.incrementAndGet() <= MAX_STORE_REPLACEMENTS) {
      LOG.warn("a state store was found closed (KAFKA-20808 after an unclean stop); replacing the stream thread, "
          + "which builds its stores anew ({} of {} times): {}", storeReplacements.get(), MAX_STORE_REPLACEMENTS, e.toString());
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
    LOG.error("newsstream streams app: unexpected error, shutting this instance down "
        + "(bad records would have gone to the DLQ, so this is a fault of the app or the cluster)", e);
    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
  }
}
