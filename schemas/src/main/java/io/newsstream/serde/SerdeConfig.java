package io.newsstream.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.utils.Utils;

/**
 * The configuration keys of {@link AvroSerializer}, {@link AvroDeserializer} and {@link
 * AvroSerde}, as set in plain Kafka client properties. Values may be strings (from a properties
 * file) or typed objects.
 */
public final class SerdeConfig {
  /**
   * The registry's base URL, e.g. {@code http://localhost:8081}; required. Basic auth: {@link
   * RegistryCredentials}.
   */
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  /** Whether the serializer registers a record's schema on first use; default true. */
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  /** The deserializer's specific record class for values: a class name or a Class. */
  public static final String VALUE_TYPE = "newsstream.avro.value.type";
  /** The deserializer's specific record class for keys: a class name or a Class. */
  public static final String KEY_TYPE = "newsstream.avro.key.type";

  private SerdeConfig() {}

  static SchemaRegistryClient client(Map<String, ?> configs) {
    Object url = configs.get(SCHEMA_REGISTRY_URL);
    if (url == null || url.toString().isBlank()) {
      throw new ConfigException(
          SCHEMA_REGISTRY_URL, url, "required: the URL of a Confluent-API schema registry");
    }
    try {
      return new HttpSchemaRegistryClient(url.toString(), configs);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(SCHEMA_REGISTRY_URL, RegistryCredentials.redact(url.toString()), e.getMessage());
    }
  }

  static boolean autoRegister(Map<String, ?> configs) {
    Object value = configs.get(AUTO_REGISTER_SCHEMAS);
    if (value == null || value instanceof Boolean) {
      return value == null || (Boolean) value;
    }
    String text = value.toString().strip();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new ConfigException(AUTO_REGISTER_SCHEMAS, value, "must be true or false");
  }

  @SuppressWarnings("unchecked")
  static <T extends SpecificRecord> Class<T> recordType(Map<String, ?> configs, boolean isKey) {
    String key = isKey ? KEY_TYPE : VALUE_TYPE;
    Object value = configs.get(key);
    Class<?> type;
    if (value instanceof Class<?> c) {
      type = c;
    } else if (value == null || value.toString().isBlank()) {
      throw new ConfigException(
          key, value, "required: the Avro specific record class to deserialize into");
    } else {
      try {
        type = Class.forName(value.toString().strip(), true, Utils.getContextOrKafkaClassLoader());
      } catch (ClassNotFoundException e) {
        throw new ConfigException(key, value, "no such class");
      }
    }
    if (!SpecificRecord.class.isAssignableFrom(type)) {
      throw new ConfigException(key, value, "not an Avro SpecificRecord class");
    }
    return (Class<T>) type;
  }
}
