package io.newsstream.producer.publish;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The producer's Kafka client configuration: durable, ordered per key, batched for throughput. */
public final class KafkaProps {
  /** How long one send waits for metadata or buffer space before the publisher says so and retries. */
  private static final int MAX_BLOCK_MS = 5_000;
  // A record carries the text, its title and metadata, and the Avro envelope around them.
  private static final int RECORD_OVERHEAD = 1024 * 1024;

  private KafkaProps() {}

  /**
   * The configuration; {@code overrides} (any Kafka producer property) win over the defaults.
   *
   * @param maxTextBytes the text size limit, which sets the largest record
   */
  public static Map<String, Object> producer(String bootstrapServers, long maxTextBytes,
      Map<String, String> overrides) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsstream-producer");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) Math.min(Integer.MAX_VALUE, maxTextBytes + RECORD_OVERHEAD));
    // Never give up on a record the broker has not taken: an outage is waited out, not lost.
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
    props.putAll(overrides);
    return props;
  }
}
