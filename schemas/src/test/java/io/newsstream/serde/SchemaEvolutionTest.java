package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.SessionKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Data written with another version of a schema reads into the current generated class. */
class SchemaEvolutionTest {
  private static final String TOPIC = "news.raw.v1";
  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

  @Test
  void olderWriterWithoutDefaultedFieldsReadsWithTheDefaults() throws IOException {
    Schema v0 = withoutFields(RawArticle.SCHEMA$, "origin", "metadata");
    GenericRecord old = new GenericData.Record(v0);
    old.put("id", "3f1c0a9e");
    old.put("title", "ХХІХ сессия");
    old.put("text", "Ассамблея народа Казахстана");
    old.put("fetchedAt", Samples.FETCHED.toEpochMilli());

    RawArticle read = deserialize(RawArticle.class, v0, old);

    assertThat(read.getId()).isEqualTo("3f1c0a9e");
    assertThat(read.getTitle()).isEqualTo("ХХІХ сессия");
    assertThat(read.getFetchedAt()).isEqualTo(Samples.FETCHED);
    assertThat(read.getOrigin()).isNull();
    assertThat(read.getMetadata()).isEmpty();
  }

  @Test
  void newerWriterWithAnExtraFieldReadsWithoutIt() throws IOException {
    List<Schema.Field> fields = copyOfFields(SessionKey.SCHEMA$, Set.of());
    fields.add(new Schema.Field("city", Schema.create(Schema.Type.STRING), "added later", "?"));
    Schema v2 = record(SessionKey.SCHEMA$, fields);
    GenericRecord newer = new GenericData.Record(v2);
    newer.put("region", "KZ-75");
    newer.put("level", new GenericData.EnumSymbol(v2.getField("level").schema(), "REGIONAL"));
    newer.put("number", 19);
    newer.put("city", "Almaty");

    SessionKey read = deserialize(SessionKey.class, v2, newer);

    assertThat(read.getRegion()).isEqualTo("KZ-75");
    assertThat(read.getNumber()).isEqualTo(19);
    assertThat(read.getDistrict()).isNull();
  }

  @Test
  void writerMissingARequiredFieldFailsNamingIt() throws IOException {
    Schema broken = withoutFields(SessionKey.SCHEMA$, "number");
    GenericRecord record = new GenericData.Record(broken);
    record.put("region", "KZ");
    record.put("level", new GenericData.EnumSymbol(broken.getField("level").schema(), "NATIONAL"));

    assertThatThrownBy(() -> deserialize(SessionKey.class, broken, record))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("number");
  }

  private <T extends org.apache.avro.specific.SpecificRecord> T deserialize(
      Class<T> type, Schema writer, GenericRecord record) throws IOException {
    int id = registry.register(TOPIC + "-value", writer);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(ByteBuffer.allocate(4).putInt(id).array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(writer).write(record, encoder);
    encoder.flush();
    return new AvroDeserializer<>(type, registry).deserialize(TOPIC, out.toByteArray());
  }

  private static Schema withoutFields(Schema schema, String... names) {
    return record(schema, copyOfFields(schema, Set.of(names)));
  }

  private static List<Schema.Field> copyOfFields(Schema schema, Set<String> except) {
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field field : schema.getFields()) {
      if (!except.contains(field.name())) {
        fields.add(new Schema.Field(field, field.schema())); // a Field belongs to one record
      }
    }
    return fields;
  }

  private static Schema record(Schema like, List<Schema.Field> fields) {
    return Schema.createRecord(like.getName(), like.getDoc(), like.getNamespace(), false, fields);
  }
}
