package io.newsstream.streams.errors;

import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.serde.SerdeConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Turns a {@link RejectedInput} into the raw producer record that Kafka Streams' exception handlers
 * hand back for the dead-letter queue: news.dlq.v1, keyed by article id, Avro via the registry.
 */
final class DlqRecords {
  private final Serializer<RejectedInput> serializer;

  private DlqRecords(SchemaRegistryClient registry) {
    serializer = Topics.DLQ.valueSerde(registry).serializer();
  }

  /**
   * From the streams configuration: the registry client object under {@link
   * ExceptionHandlers#REGISTRY_CLIENT_CONFIG} (shared with the topology, so one cache), else a
   * client of {@link SerdeConfig#SCHEMA_REGISTRY_URL}.
   */
  static DlqRecords configuredBy(Map<String, ?> configs) {
    if (configs.get(ExceptionHandlers.REGISTRY_CLIENT_CONFIG) instanceof SchemaRegistryClient client) {
      return new DlqRecords(client);
    }
    Object url = configs.get(SerdeConfig.SCHEMA_REGISTRY_URL);
    if (url == null || url.toString().isBlank()) {
      throw new ConfigException(
          SerdeConfig.SCHEMA_REGISTRY_URL, url, "the DLQ exception handlers need a schema registry");
    }
    return new DlqRecords(new HttpSchemaRegistryClient(url.toString(), configs));
  }

  List<ProducerRecord<byte[], byte[]>> records(RejectedInput rejected) {
    byte[] key = rejected.getArticleId() == null ? null : rejected.getArticleId().getBytes(StandardCharsets.UTF_8);
    // Timed at the rejection, explicitly: the views read the DLQ back and count by time.
    return List.of(new ProducerRecord<>(Topics.DLQ.name(), null, rejected.getRejectedAt().toEpochMilli(), key,
        serializer.serialize(Topics.DLQ.name(), rejected)));
  }
}
