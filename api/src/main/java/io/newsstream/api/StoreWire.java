package io.newsstream.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * How a store's value travels from the instance that holds it to the one that asked, so that the
 * asking one gets it back typed: an Avro record in Avro's single-object encoding (base64), which
 * names its schema by fingerprint, decoded into its generated class; a count or a text as JSON.
 * The API's routes then read the values with the generated getters, not by field names.
 */
final class StoreWire {
  // Decoders are built once per generated class: each holds its schema's fingerprint and reader.
  private static final ClassValue<BinaryMessageDecoder<?>> DECODERS = new ClassValue<>() {
    @Override
    protected BinaryMessageDecoder<?> computeValue(Class<?> type) {
      return new BinaryMessageDecoder<>(SpecificData.getForClass(type), SpecificData.get().getSchema(type));
    }
  };

  private StoreWire() {}

  /** The value as it goes on the wire. */
  static JsonNode write(Object value) {
    if (value instanceof IndexedRecord record) {
      BinaryMessageEncoder<IndexedRecord> encoder = new BinaryMessageEncoder<>(
          record instanceof SpecificRecord ? SpecificData.getForSchema(record.getSchema()) : GenericData.get(),
          record.getSchema());
      try {
        return JsonNodeFactory.instance.textNode(Base64.getEncoder().encodeToString(bytes(encoder.encode(record))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return AvroJson.toJson(value);
  }

  /** The value read back as {@code type}; a 503 names the instance that sent what does not read. */
  static <V> V read(JsonNode wire, Class<V> type, String from) {
    try {
      if (SpecificRecord.class.isAssignableFrom(type)) {
        return type.cast(DECODERS.get(type).decode(Base64.getDecoder().decode(wire.asText())));
      }
      return AvroJson.MAPPER.treeToValue(wire, type);
    } catch (IOException | RuntimeException e) {
      // A schema this version does not know (an instance of another version), or no value of the type.
      throw ApiException.unavailable("instance " + from + " sent a " + type.getSimpleName()
          + " this instance cannot read: " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] raw = new byte[buffer.remaining()];
    buffer.get(raw);
    return raw;
  }
}
