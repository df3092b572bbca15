package io.newsstream.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro of any schema into Avro's generic values (a {@code
 * GenericRecord} for a record), with the writer's schema as the registry has it: for tools that
 * show whatever a topic holds, with no generated class for it.
 */
public final class GenericAvroDeserializer implements Deserializer<Object> {
  private final SchemaRegistryClient client;
  private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

  public GenericAvroDeserializer(SchemaRegistryClient client) {
    this.client = client;
  }

  @Override
  public Object deserialize(String topic, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    int id = AvroDeserializer.writerSchemaId(topic, bytes);
    DatumReader<Object> reader = readers.get(id);
    if (reader == null) {
      Schema schema;
      try {
        schema = client.schemaById(id);
      } catch (SchemaRegistryException e) {
        throw new SerializationException("could not get schema " + id + " (topic " + topic + "): " + e.getMessage(), e);
      }
      reader = readers.computeIfAbsent(id, k -> new GenericDatumReader<>(schema));
    }
    try {
      return reader.read(null, DecoderFactory.get().binaryDecoder(
          bytes, AvroDeserializer.HEADER_LENGTH, bytes.length - AvroDeserializer.HEADER_LENGTH, null));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("could not read schema " + id + " data (topic " + topic + "): " + e, e);
    }
  }
}
