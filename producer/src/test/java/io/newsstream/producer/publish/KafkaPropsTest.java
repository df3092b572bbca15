package io.newsstream.producer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaPropsTest {
  @Test
  void durableCompressedBatchedAndLargeEnoughForTheLimit() {
    Map<String, Object> props = KafkaProps.producer("broker:9092", 2 * 1024 * 1024, Map.of());
    assertThat(props)
        .containsEntry("bootstrap.servers", "broker:9092")
        .containsEntry("acks", "all")
        .containsEntry("enable.idempotence", true)
        .containsEntry("compression.type", "zstd")
        .containsEntry("delivery.timeout.ms", Integer.MAX_VALUE);
    assertThat((int) props.get("max.request.size")).isGreaterThan(2 * 1024 * 1024);
    assertThat((int) props.get("linger.ms")).isPositive();
  }

  @Test
  void passThroughPropertiesWin() {
    Map<String, Object> props = KafkaProps.producer("b:9092", 1000, Map.of("compression.type", "lz4", "linger.ms", "50"));
    assertThat(props).containsEntry("compression.type", "lz4").containsEntry("linger.ms", "50");
  }
}
