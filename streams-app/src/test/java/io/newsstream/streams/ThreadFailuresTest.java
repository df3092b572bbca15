package io.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.serde.SchemaRegistryUnavailableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailuresTest {
  private final ThreadFailures failures = new ThreadFailures();

  @Test
  void aRegistryOutOfReachReplacesTheThreadEveryTime() {
    Exception away = new StreamsException(new SerializationException("no id",
        new SchemaRegistryUnavailableException("not reachable", -1, -1, null)));
    for (int i = 0; i < 20; i++) {
      assertThat(failures.handle(away)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }
  }

  /** KAFKA-20808, met by CrashIT after a kill -9: a segment found closed while a task starts again. */
  @Test
  void aStoreFoundClosedReplacesTheThreadAFewTimesThenStopsTheInstance() {
    Exception closed = new StreamsException(new InvalidStateStoreException("Store dedup-verdicts.1794960000000 is currently closed"));
    for (int i = 0; i < ThreadFailures.MAX_STORE_REPLACEMENTS; i++) {
      assertThat(failures.handle(closed)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }
    assertThat(failures.handle(closed)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }

  @Test
  void anythingElseStopsTheInstance() {
    assertThat(failures.handle(new IllegalStateException("a bug"))).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }
}
