package io.newsstream.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro into a specific record class. The writer schema is fetched by
 * the id in the bytes and resolved against the class's schema, so data written with an older or
 * newer compatible schema reads into the current class.
 *
 * <p>Every failure is a {@link SerializationException}; when the registry failed, its cause is
 * the {@link SchemaRegistryException}.
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
  static final int HEADER_LENGTH = 1 + Integer.BYTES;

  // Resolving a writer schema against the reader's is costly; do it once per writer id.
  private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();
  private SchemaRegistryClient client;
  private SpecificData data;
  private Schema readerSchema;

  /** For Kafka to instantiate by name; {@link #configure} must follow. */
  public AvroDeserializer() {}

  /** A deserializer into {@code type}, ready to use; {@link #configure} changes nothing. */
  public AvroDeserializer(Class<T> type, SchemaRegistryClient client) {
    this.client = client;
    useType(type);
  }

  /**
   * Reads {@link SerdeConfig#SCHEMA_REGISTRY_URL} and the record class from {@link
   * SerdeConfig#KEY_TYPE} or {@link SerdeConfig#VALUE_TYPE}.
   */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (client != null) {
      return;
    }
    useType(SerdeConfig.<T>recordType(configs, isKey));
    this.client = SerdeConfig.client(configs);
  }

  @Override
  public T deserialize(String topic, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    if (client == null) {
      throw new IllegalStateException("AvroDeserializer used before configure()");
    }
    int id = writerSchemaId(topic, bytes);
    DatumReader<T> reader;
    try {
      reader = readerFor(id);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          "could not get writer schema " + id + " (topic " + topic + "): " + e.getMessage(), e);
    }
    try {
      return reader.read(
          null,
          DecoderFactory.get()
              .binaryDecoder(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, null));
    } catch (IOException | RuntimeException e) {
      // Avro says what did not fit: a truncated record, or a writer schema that cannot resolve.
      throw new SerializationException(
          "could not read " + readerSchema.getFullName() + " written with schema " + id
              + " (topic " + topic + "): " + e,
          e);
    }
  }

  /** The writer schema's id in Confluent-wire-format bytes (not empty), after checking the header. */
  static int writerSchemaId(String topic, byte[] bytes) {
    if (bytes[0] != AvroSerializer.MAGIC_BYTE) {
      throw new SerializationException(
          String.format(
              "unknown magic byte 0x%02x — not Confluent-wire-format Avro (topic %s)",
              bytes[0] & 0xff, topic));
    }
    if (bytes.length < HEADER_LENGTH) {
      throw new SerializationException(
          "only " + bytes.length + " bytes — too short for Confluent-wire-format Avro (topic "
              + topic + ")");
    }
    return ByteBuffer.wrap(bytes, 1, Integer.BYTES).getInt();
  }

  private DatumReader<T> readerFor(int id) {
    DatumReader<T> reader = readers.get(id);
    if (reader == null) {
      // Fetched outside computeIfAbsent: no HTTP call while holding the map's lock.
      Schema writerSchema = client.schemaById(id);
      reader = readers.computeIfAbsent(
          id, k -> new SpecificDatumReader<>(writerSchema, readerSchema, data));
    }
    return reader;
  }

  private void useType(Class<T> type) {
    this.data = SpecificData.getForClass(type);
    this.readerSchema = data.getSchema(type);
  }
}
