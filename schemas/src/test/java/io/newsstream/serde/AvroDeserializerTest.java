package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroDeserializerTest {
  private static final String TOPIC = "news.raw.v1";
  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  private final AvroDeserializer<RawArticle> deserializer =
      new AvroDeserializer<>(RawArticle.class, registry);

  @Test
  void nullOrEmptyBytesAreNull() {
    assertThat(deserializer.deserialize(TOPIC, null)).isNull();
    assertThat(deserializer.deserialize(TOPIC, new byte[0])).isNull();
  }

  @Test
  void rejectsAWrongMagicByte() {
    byte[] json = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, json))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("unknown magic byte 0x7b — not Confluent-wire-format Avro")
        .hasMessageContaining(TOPIC);
  }

  @Test
  void rejectsBytesTooShortForTheHeader() {
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 1}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("too short");
  }

  @Test
  void unknownSchemaIdSurfacesTheRegistryError() {
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 0, 0, 99, 2, 'x'}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("writer schema 99")
        .cause()
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
  }

  @Test
  void truncatedBodyFailsClearly() {
    byte[] bytes = serialize(Samples.rawArticle());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 20);

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, truncated))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("could not read io.newsstream.schema.RawArticle written with schema 1");
  }

  @Test
  void recordOfAnotherTypeFailsNamingBoth() {
    byte[] raw = serialize(Samples.rawArticle());
    AvroDeserializer<EnrichedArticle> wrong = new AvroDeserializer<>(EnrichedArticle.class, registry);

    assertThatThrownBy(() -> wrong.deserialize(TOPIC, raw))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("EnrichedArticle")
        .hasMessageContaining("RawArticle");
  }

  @Test
  void fetchesEachWriterSchemaOnce() {
    CountingRegistry counting = new CountingRegistry(registry);
    AvroDeserializer<RawArticle> reader = new AvroDeserializer<>(RawArticle.class, counting);
    byte[] bytes = serialize(Samples.rawArticle());

    reader.deserialize(TOPIC, bytes);
    reader.deserialize(TOPIC, bytes);

    assertThat(counting.schemaByIdCalls).isEqualTo(1);
  }

  private byte[] serialize(RawArticle record) {
    return new AvroSerializer<RawArticle>(registry, false, true).serialize(TOPIC, record);
  }

  private static final class CountingRegistry implements SchemaRegistryClient {
    private final SchemaRegistryClient delegate;
    private int schemaByIdCalls;

    CountingRegistry(SchemaRegistryClient delegate) {
      this.delegate = delegate;
    }

    @Override
    public int register(String subject, org.apache.avro.Schema schema) {
      return delegate.register(subject, schema);
    }

    @Override
    public int idOf(String subject, org.apache.avro.Schema schema) {
      return delegate.idOf(subject, schema);
    }

    @Override
    public org.apache.avro.Schema schemaById(int id) {
      schemaByIdCalls++;
      return delegate.schemaById(id);
    }
  }
}
