package io.newsstream.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.serde.SchemaRegistryException;
import io.newsstream.serde.SchemaRegistryUnavailableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

class ExceptionHandlersTest {
  @Test
  void aRegistryOutOfReachIsToldFromABadRecordHoweverDeepItIsWrapped() {
    Exception away = new StreamsException(new SerializationException("could not get the id",
        new SchemaRegistryUnavailableException("registry is not reachable", -1, -1, null)));
    assertThat(ExceptionHandlers.registryUnavailable(away)).isTrue();
    // The registry answering "no such schema" is about the record: it goes to the DLQ.
    Exception refused = new SerializationException("unknown schema", new SchemaRegistryException("no schema 42", 40403, 404));
    assertThat(ExceptionHandlers.registryUnavailable(refused)).isFalse();
    assertThat(ExceptionHandlers.registryUnavailable(new IllegalStateException("bug"))).isFalse();
  }
}
