package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.SessionKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerializerTest {
  private static final String TOPIC = "news.raw.v1";

  @Test
  void writesMagicZeroThenBigEndianIdThenAvroBinary() throws IOException {
    RawArticle record = Samples.rawArticle();
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>(new FixedIdRegistry(0x0A0B0C0D), false, true);

    byte[] bytes = serializer.serialize(TOPIC, record);

    assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(0, 0x0A, 0x0B, 0x0C, 0x0D);
    // Avro's own single-object encoding is a 10-byte header, then the same binary body.
    ByteBuffer single = record.toByteBuffer();
    byte[] avroBody = Arrays.copyOfRange(single.array(), 10, single.limit());
    assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(avroBody);
  }

  @Test
  void nullRecordIsNullBytes() {
    AvroSerializer<RawArticle> serializer =
        new AvroSerializer<>(new InMemorySchemaRegistryClient(), false, true);

    assertThat(serializer.serialize(TOPIC, null)).isNull();
  }

  @Test
  void registersUnderTheTopicsKeyOrValueSubject() {
    InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    new AvroSerializer<SessionKey>(registry, true, true).serialize("news.sessions.v1", Samples.sessionKey());
    new AvroSerializer<RawArticle>(registry, false, true).serialize(TOPIC, Samples.rawArticle());

    assertThat(registry.idOf("news.sessions.v1-key", SessionKey.SCHEMA$)).isEqualTo(1);
    assertThat(registry.idOf("news.raw.v1-value", RawArticle.SCHEMA$)).isEqualTo(2);
    assertThatThrownBy(() -> registry.idOf("news.sessions.v1-value", SessionKey.SCHEMA$))
        .isInstanceOf(SchemaRegistryException.class);
  }

  @Test
  void byRecordNameRegistersUnderTheRecordsFullNameWhateverTheTopic() {
    InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    // A topic-named subject holding another layout, as an earlier version's internal topic would.
    registry.register("app-links-value", Schema.create(Schema.Type.STRING));

    AvroSerializer.<RawArticle>byRecordName(registry).serialize("app-links", Samples.rawArticle());

    assertThat(registry.idOf("io.newsstream.schema.RawArticle", RawArticle.SCHEMA$)).isEqualTo(2);
    assertThatThrownBy(() -> registry.idOf("app-links-value", RawArticle.SCHEMA$))
        .isInstanceOf(SchemaRegistryException.class);
  }

  @Test
  void withoutAutoRegisterUsesTheRegisteredIdAndFailsClearlyWhenAbsent() {
    InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    registry.register("other-value", Schema.create(Schema.Type.STRING));
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>(registry, false, false);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, Samples.rawArticle()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("io.newsstream.schema.RawArticle is not registered under subject 'news.raw.v1-value'")
        .hasMessageContaining("auto.register.schemas is false")
        .cause()
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.isNotFound()).isTrue());

    int id = registry.register("news.raw.v1-value", RawArticle.SCHEMA$);
    byte[] bytes = serializer.serialize(TOPIC, Samples.rawArticle());
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id).isEqualTo(2);
  }

  @Test
  void invalidRecordFailsNamingTheField() {
    RawArticle broken = Samples.rawArticle();
    broken.setText(null); // the builder would refuse; a setter does not
    AvroSerializer<RawArticle> serializer =
        new AvroSerializer<>(new InMemorySchemaRegistryClient(), false, true);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, broken))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("RawArticle")
        .hasMessageContaining("text");
  }

  @Test
  void registryRefusalIsASerializationExceptionCarryingTheErrorCode() throws IOException {
    try (FakeRegistry registry = FakeRegistry.start()) {
      registry.thenAnswer(409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}");
      AvroSerializer<RawArticle> serializer =
          new AvroSerializer<>(new HttpSchemaRegistryClient(registry.url()), false, true);

      assertThatThrownBy(() -> serializer.serialize(TOPIC, Samples.rawArticle()))
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("news.raw.v1-value")
          .hasMessageContaining("Schema being registered is incompatible")
          .cause()
          .isInstanceOfSatisfying(
              SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(409));
    }
  }

  @Test
  void unconfiguredSerializerSaysSo() {
    assertThatThrownBy(() -> new AvroSerializer<RawArticle>().serialize(TOPIC, Samples.rawArticle()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("configure");
  }

  /** Answers every schema with one id, to see it in the bytes. */
  private record FixedIdRegistry(int id) implements SchemaRegistryClient {
    @Override
    public int register(String subject, Schema schema) {
      return id;
    }

    @Override
    public int idOf(String subject, Schema schema) {
      return id;
    }

    @Override
    public Schema schemaById(int id) {
      throw new UnsupportedOperationException("not used in this test");
    }
  }
}
