package io.newsstream.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Turns store values (Avro records, boxed numbers, strings) into JSON for the API.
 *
 * <p>Why not Avro's own JSON encoding: it wraps union values in {"string": ...} and writes dates as
 * day numbers, which no browser wants. Here field names are the schema's, nullable unions are just
 * the value or null, logical dates and timestamps are ISO-8601 strings, enums are their names. The
 * conversion goes by the Java value, with the schema only to read logical types of raw longs and
 * ints, so it serves generated classes (java.time values) and generic records (raw numbers) alike:
 * a store's value is converted without a case for its class, and a new field or view needs no
 * change here.
 */
public final class AvroJson {
  /**
   * The one mapper of the API: the JSON of the answers and of the calls between instances. An
   * Avro record inside a typed answer is written as {@link #toJson} writes it.
   */
  public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(
      new SimpleModule("avro-records").addSerializer(IndexedRecord.class, new JsonSerializer<>() {
        @Override
        public void serialize(IndexedRecord record, JsonGenerator out, SerializerProvider provider) throws IOException {
          out.writeTree(toJson(record));
        }
      }));

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroJson() {}

  /** The JSON of any store value; null becomes JSON null. */
  public static JsonNode toJson(Object value) {
    return toJson(value, null);
  }

  private static JsonNode toJson(Object value, Schema schema) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof ValueAndTimestamp<?> timestamped) {
      // A timestamped store answers with the value and its timestamp; the API wants the value.
      return toJson(timestamped.value(), schema);
    }
    Schema type = nonNullBranch(schema);
    if (value instanceof IndexedRecord record) {
      return record(record);
    }
    if (value instanceof CharSequence text) {
      return NODES.textNode(text.toString());
    }
    if (value instanceof Enum<?> symbol) {
      return NODES.textNode(symbol.name());
    }
    if (value instanceof GenericEnumSymbol<?> symbol) {
      return NODES.textNode(symbol.toString());
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalTime
        || value instanceof LocalDateTime || value instanceof UUID) {
      return NODES.textNode(value.toString());
    }
    if (value instanceof Long number) {
      return logicalLong(number, type);
    }
    if (value instanceof Integer number) {
      return logicalInt(number, type);
    }
    if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    }
    if (value instanceof Double number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Float number) {
      return NODES.numberNode(number);
    }
    if (value instanceof BigDecimal number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).intValue());
    }
    if (value instanceof Map<?, ?> map) {
      Schema values = type != null && type.getType() == Schema.Type.MAP ? type.getValueType() : null;
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v, values)));
      return object;
    }
    if (value instanceof Collection<?> list) {
      Schema items = type != null && type.getType() == Schema.Type.ARRAY ? type.getElementType() : null;
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(toJson(item, items)));
      return array;
    }
    if (value instanceof ByteBuffer bytes) {
      ByteBuffer copy = bytes.duplicate();
      byte[] raw = new byte[copy.remaining()];
      copy.get(raw);
      return NODES.textNode(Base64.getEncoder().encodeToString(raw));
    }
    if (value instanceof GenericFixed fixed) {
      return NODES.textNode(Base64.getEncoder().encodeToString(fixed.bytes()));
    }
    if (value instanceof byte[] raw) {
      return NODES.textNode(Base64.getEncoder().encodeToString(raw));
    }
    return NODES.textNode(value.toString());
  }

  private static ObjectNode record(IndexedRecord record) {
    ObjectNode object = NODES.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      object.set(field.name(), toJson(record.get(field.pos()), field.schema()));
    }
    return object;
  }

  private static JsonNode logicalLong(long number, Schema schema) {
    LogicalType logical = schema == null ? null : schema.getLogicalType();
    if (logical instanceof LogicalTypes.TimestampMillis) {
      return NODES.textNode(Instant.ofEpochMilli(number).toString());
    }
    if (logical instanceof LogicalTypes.TimestampMicros) {
      return NODES.textNode(Instant.EPOCH.plusNanos(number * 1000).toString());
    }
    return NODES.numberNode(number);
  }

  private static JsonNode logicalInt(int number, Schema schema) {
    LogicalType logical = schema == null ? null : schema.getLogicalType();
    if (logical instanceof LogicalTypes.Date) {
      return NODES.textNode(LocalDate.ofEpochDay(number).toString());
    }
    if (logical instanceof LogicalTypes.TimeMillis) {
      return NODES.textNode(LocalTime.ofNanoOfDay(number * 1_000_000L).toString());
    }
    return NODES.numberNode(number);
  }

  /** The schema a value of {@code schema} has: for ["null", X] that is X; for wider unions, unknown. */
  private static Schema nonNullBranch(Schema schema) {
    if (schema == null || schema.getType() != Schema.Type.UNION) {
      return schema;
    }
    List<Schema> branches =
        schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
    return branches.size() == 1 ? branches.get(0) : null;
  }
}
