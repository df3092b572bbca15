package io.newsstream.producer;

import io.newsstream.dlq.TextLimits;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link NewsProducer} connects and what it accepts.
 *
 * @param bootstrapServers the Kafka brokers, {@code host:port[,host:port...]}
 * @param schemaRegistryUrl a Confluent-API schema registry, e.g. {@code http://localhost:8081}
 * @param autoRegisterSchemas whether to register the record schemas on first use (else they must
 *     be registered already)
 * @param maxTextBytes the largest article text accepted, in UTF-8 bytes
 * @param kafkaOverrides Kafka producer properties that replace the producer's defaults
 */
public record ProducerSettings(
    String bootstrapServers,
    String schemaRegistryUrl,
    boolean autoRegisterSchemas,
    long maxTextBytes,
    Map<String, String> kafkaOverrides) {

  /** The default text size limit, the streams app's too: 2 MiB. */
  public static final long DEFAULT_MAX_TEXT_BYTES = TextLimits.DEFAULT_MAX_BYTES;

  public ProducerSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(schemaRegistryUrl, "schemaRegistryUrl");
    if (maxTextBytes <= 0) {
      throw new IllegalArgumentException("maxTextBytes must be positive, got " + maxTextBytes);
    }
    kafkaOverrides = Map.copyOf(kafkaOverrides);
  }

  /** Settings with schema auto-registration, the 2 MiB text limit and no Kafka overrides. */
  public static ProducerSettings defaults(String bootstrapServers, String schemaRegistryUrl) {
    return new ProducerSettings(bootstrapServers, schemaRegistryUrl, true, DEFAULT_MAX_TEXT_BYTES, Map.of());
  }
}
