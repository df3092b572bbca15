package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.SessionKey;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Any schema the registry holds reads into a generic record, with no generated class at hand. */
class GenericAvroDeserializerTest {
  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  private final GenericAvroDeserializer generic = new GenericAvroDeserializer(registry);

  @Test
  void readsAValueAndAKeyWithTheWritersSchema() {
    DuplicateNotice notice = Samples.duplicateNotice();
    GenericRecord value = (GenericRecord) generic.deserialize("news.duplicates.v1", serialize(notice, false));
    assertThat(value.getSchema()).isEqualTo(notice.getSchema());
    assertThat(value.get("canonicalId").toString()).isEqualTo(notice.getCanonicalId());

    SessionKey key = Samples.sessionKey();
    GenericRecord readKey = (GenericRecord) generic.deserialize("news.sessions.v1", serialize(key, true));
    assertThat(readKey.getSchema().getFullName()).isEqualTo(SessionKey.class.getName());
    assertThat(readKey.get("number")).isEqualTo(key.getNumber());
  }

  @Test
  void aTombstoneIsNullAndForeignBytesFailClearly() {
    assertThat(generic.deserialize("news.articles.v1", null)).isNull();
    assertThatThrownBy(() -> generic.deserialize("t", new byte[] {'{', '"', 'a', '"', '}'}))
        .isInstanceOf(SerializationException.class).hasMessageContaining("not Confluent-wire-format Avro");
    assertThatThrownBy(() -> generic.deserialize("t", new byte[] {0, 0, 0, 0, 42, 2}))
        .isInstanceOf(SerializationException.class).hasMessageContaining("could not get schema 42");
  }

  @SuppressWarnings("unchecked")
  private <T extends SpecificRecord> byte[] serialize(T record, boolean isKey) {
    return AvroSerdes.forClass((Class<T>) record.getClass(), registry, isKey, true).serializer()
        .serialize(isKey ? "news.sessions.v1" : "news.duplicates.v1", record);
  }
}
