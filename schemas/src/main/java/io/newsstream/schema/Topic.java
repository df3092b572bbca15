package io.newsstream.schema;

import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import java.util.Objects;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A topic with the types of its keys and values and how they are serialized, as Confluent's
 * streams examples pair them ({@code Topic<K, V>}): the producer, the topology, the views, the API
 * and the tests take a topic's serdes from here, so they cannot disagree on one. Values are Avro in
 * the Confluent wire format under the subject {@code <topic>-value}; keys are the article id as a
 * UTF-8 string, or an Avro record under {@code <topic>-key}. The serdes need the schema registry,
 * so they are built for one.
 *
 * @param <K> the key type
 * @param <V> the value type, a generated Avro class
 */
public final class Topic<K, V extends SpecificRecord> {
  private final String name;
  private final Function<SchemaRegistryClient, Serde<K>> keySerde;
  private final Class<V> valueType;

  private Topic(String name, Function<SchemaRegistryClient, Serde<K>> keySerde, Class<V> valueType) {
    this.name = Objects.requireNonNull(name, "name");
    this.keySerde = keySerde;
    this.valueType = valueType;
  }

  /** A topic keyed by article id (a string). */
  static <V extends SpecificRecord> Topic<String, V> keyedById(String name, Class<V> valueType) {
    return new Topic<>(name, registry -> Serdes.String(), valueType);
  }

  /** A topic keyed by an Avro record. */
  static <K extends SpecificRecord, V extends SpecificRecord> Topic<K, V> keyedBy(
      String name, Class<K> keyType, Class<V> valueType) {
    return new Topic<>(name, registry -> AvroSerdes.forClass(keyType, registry, true, true), valueType);
  }

  public String name() {
    return name;
  }

  /** The keys' serde; an Avro key registers its schema on first use. */
  public Serde<K> keySerde(SchemaRegistryClient registry) {
    return keySerde.apply(registry);
  }

  /** The values' serde for the topic's writer: it registers the value schema on first use. */
  public Serde<V> valueSerde(SchemaRegistryClient registry) {
    return AvroSerdes.writtenValues(valueType, registry);
  }

  /** The values' deserializer, for readers: it reads any version of the schema the registry holds. */
  public Deserializer<V> valueDeserializer(SchemaRegistryClient registry) {
    return AvroSerdes.forClass(valueType, registry, false, false).deserializer();
  }

  @Override
  public String toString() {
    return name;
  }
}
