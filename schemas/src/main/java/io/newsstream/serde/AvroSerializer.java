package io.newsstream.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro specific records in the Confluent wire format: magic byte 0, the writer schema's
 * registry id (4 bytes, big-endian), the Avro binary encoding. The schema's subject is {@code
 * <topic>-key} or {@code <topic>-value}, or, made with {@link #byRecordName}, the record's full
 * name (Confluent's RecordNameStrategy).
 *
 * <p>Every failure is a {@link SerializationException}; when the registry failed, its cause is
 * the {@link SchemaRegistryException} (a {@link SchemaRegistryUnavailableException} if retrying
 * later may help).
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {
  static final byte MAGIC_BYTE = 0;

  private final Map<Class<?>, DatumWriter<T>> writers = new ConcurrentHashMap<>();
  private SchemaRegistryClient client;
  private boolean isKey;
  private boolean autoRegister;
  private boolean byRecordName;

  /** For Kafka to instantiate by name; {@link #configure} must follow. */
  public AvroSerializer() {}

  /** A serializer ready to use; {@link #configure} changes nothing. */
  public AvroSerializer(SchemaRegistryClient client, boolean isKey, boolean autoRegister) {
    this.client = client;
    this.isKey = isKey;
    this.autoRegister = autoRegister;
  }

  /**
   * A serializer whose subject is the record's full name, not its topic's: for records of the
   * app's own internal topics and stores, whose layout may change with the app and whose
   * topic-named subjects may still hold an earlier version's (a reset deletes the topics, not the
   * subjects). Registers on first use.
   */
  public static <T extends SpecificRecord> AvroSerializer<T> byRecordName(SchemaRegistryClient client) {
    AvroSerializer<T> serializer = new AvroSerializer<>(client, false, true);
    serializer.byRecordName = true;
    return serializer;
  }

  /** Reads {@link SerdeConfig#SCHEMA_REGISTRY_URL} and {@link SerdeConfig#AUTO_REGISTER_SCHEMAS}. */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (client != null) {
      return;
    }
    this.autoRegister = SerdeConfig.autoRegister(configs);
    this.isKey = isKey;
    this.client = SerdeConfig.client(configs);
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    if (client == null) {
      throw new IllegalStateException("AvroSerializer used before configure()");
    }
    Schema schema = record.getSchema();
    int id = schemaId(byRecordName ? schema.getFullName() : SchemaRegistryClient.subjectFor(topic, isKey), schema);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(MAGIC_BYTE);
    out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(id).array());
    try {
      BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
      writerFor(record).write(record, encoder);
      encoder.flush();
    } catch (IOException | RuntimeException e) {
      // Avro names the offending field in its message (e.g. a null in a non-null field).
      throw new SerializationException(
          "could not write " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(),
          e);
    }
    return out.toByteArray();
  }

  private int schemaId(String subject, Schema schema) {
    try {
      return autoRegister ? client.register(subject, schema) : client.idOf(subject, schema);
    } catch (SchemaRegistryException e) {
      if (!autoRegister && e.isNotFound()) {
        throw new SerializationException(
            "schema " + schema.getFullName() + " is not registered under subject '" + subject
                + "' and " + SerdeConfig.AUTO_REGISTER_SCHEMAS + " is false: register it first ("
                + e.getMessage() + ")",
            e);
      }
      throw new SerializationException(
          "could not get the id of schema " + schema.getFullName() + " under subject '" + subject
              + "': " + e.getMessage(),
          e);
    }
  }

  // The class's own SpecificData carries its logical-type conversions (Instant, LocalDate).
  private DatumWriter<T> writerFor(T record) {
    return writers.computeIfAbsent(
        record.getClass(),
        type -> new SpecificDatumWriter<>(record.getSchema(), SpecificData.getForClass(type)));
  }
}
