package io.newsstream.launcher;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Marker;

/**
 * Lets one warning of a kind (the same logger, level and message pattern) through per interval,
 * and says how many were dropped when the next one passes; the same for the info lines of Kafka's
 * clients. With the broker down, each client warns and tells of rebootstrapping on every
 * reconnect, several times a second: 57 MB of log in a minute, with nothing new after the first
 * lines. Logback's own DuplicateMessageFilter drops repeats for good, which would hide that an
 * outage goes on; this one keeps a pulse. Errors always pass.
 */
public final class RepeatedWarnings extends TurboFilter {
  private static final Duration INTERVAL = Duration.ofSeconds(10);
  private static final int KINDS = 1_000;
  private static final String KAFKA_CLIENTS = "org.apache.kafka.clients";

  private final LongSupplier nanoTime;
  private final Map<String, long[]> kinds = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
      return size() > KINDS; // message patterns are few; a bound in case one is built per message
    }
  };

  /** The filter logback configures. */
  public RepeatedWarnings() {
    this(System::nanoTime);
  }

  RepeatedWarnings(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || format == null || !(level.toInt() == Level.WARN_INT
        || level.toInt() == Level.INFO_INT && logger.getName().startsWith(KAFKA_CLIENTS))) {
      return FilterReply.NEUTRAL;
    }
    long now = nanoTime.getAsLong();
    long dropped;
    synchronized (kinds) {
      // {last time let through, dropped since}
      long[] kind = kinds.computeIfAbsent(level + " " + logger.getName() + '\n' + format,
          k -> new long[] {now - INTERVAL.toNanos(), 0});
      if (now - kind[0] < INTERVAL.toNanos()) {
        kind[1]++;
        return FilterReply.DENY;
      }
      dropped = kind[1];
      kind[0] = now;
      kind[1] = 0;
    }
    if (dropped > 0) {
      String note = "{} more lines like the next one in the last {} s were not logged";
      if (level.toInt() == Level.WARN_INT) {
        logger.warn(note, dropped, INTERVAL.toSeconds());
      } else {
        logger.info(note, dropped, INTERVAL.toSeconds());
      }
    }
    return FilterReply.NEUTRAL;
  }
}
