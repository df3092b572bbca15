package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issue 14: with the broker down, run wrote 57 MB of reconnect warnings in 62 s. */
class RepeatedWarningsTest {
  private final AtomicLong now = new AtomicLong();
  private final LoggerContext context = new LoggerContext();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger kafka = context.getLogger("org.apache.kafka.clients.NetworkClient");

  RepeatedWarningsTest() {
    RepeatedWarnings filter = new RepeatedWarnings(now::get);
    filter.start();
    context.addTurboFilter(filter);
    logged.setContext(context);
    logged.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(logged);
  }

  @Test
  void oneWarningOfAKindPassesPerIntervalAndTheNextSaysHowManyWereDropped() {
    for (int second = 0; second < 60; second++) {
      now.set(Duration.ofSeconds(second).toNanos());
      for (int retry = 0; retry < 20; retry++) {
        kafka.warn("Connection to node {} could not be established", -1);
      }
    }

    assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
        .filteredOn(m -> m.startsWith("Connection")).hasSize(6);
    assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
        .contains("199 more lines like the next one in the last 10 s were not logged");
  }

  @Test
  void otherKindsErrorsAndInfoOfOthersThanKafkaClientsPass() {
    Logger ours = context.getLogger("io.newsstream.streams.NewsStreamsApp");
    kafka.warn("Connection to node {} could not be established", -1);
    kafka.warn("Connection to node {} could not be established", -1);
    kafka.warn("Bootstrap broker {} disconnected", "localhost:1");
    context.getLogger("other").warn("Connection to node {} could not be established", -1);
    kafka.error("failed");
    kafka.error("failed");
    kafka.info("Rebootstrapping with {}", "localhost:1");
    kafka.info("Rebootstrapping with {}", "localhost:1");
    ours.info("note");
    ours.info("note");

    assertThat(logged.list).extracting(ILoggingEvent::getMessage).containsExactly(
        "Connection to node {} could not be established", "Bootstrap broker {} disconnected",
        "Connection to node {} could not be established", "failed", "failed", "Rebootstrapping with {}",
        "note", "note");
  }
}
