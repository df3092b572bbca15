package io.newsstream.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.RawArticleVersions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RawArticle evolving across releases of the producer and the app, through the whole topology (the
 * serde alone: io.newsstream.serde.SchemaEvolutionTest): records of a newer schema with
 * an optional field are read by this app, and an app of that newer schema reads this release's
 * records. (That the registry refuses an incompatible version is RawArticleCompatibilityIT's.)
 */
class RawArticleEvolutionTest {
  // Written for this test: a report of a regional session, long enough to be an article.
  private static final String TEXT = "В Караганде прошла двадцать пятая сессия областной ассамблеи. "
      + "Депутаты обсудили планы на следующий год, вопросы культуры и работу с молодёжью. "
      + "По итогам заседания приняты решения о поддержке этнокультурных центров региона.";

  @TempDir Path stateDir;

  @Test
  void aRawArticleOfANewerProducerWithAnOptionalFieldIsReadByThisApp() throws IOException {
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      Schema v2 = RawArticleVersions.withOptionalSection();
      GenericRecord article = new GenericData.Record(v2);
      article.put("id", "v2-article");
      article.put("text", TEXT);
      article.put("fetchedAt", NewsTopologyDriver.START.toEpochMilli());
      article.put("metadata", Map.of());
      article.put("section", "регионы");
      int id = news.registry.register(Topics.RAW.name() + "-value", v2);

      news.rawBytes.pipeInput("v2-article", wire(id, v2, article), NewsTopologyDriver.START);

      assertThat(news.dlq.isEmpty()).as("nothing rejected").isTrue();
      EnrichedArticle published = news.articles.readValue();
      assertThat(published.getId()).isEqualTo("v2-article");
      assertThat(published.getText()).contains("двадцать пятая сессия");
      assertThat(published.getLanguage()).isEqualTo("ru");
    }
  }

  @Test
  void anAppOfTheNewerSchemaReadsThisReleasesRecords() throws IOException {
    try (NewsTopologyDriver news = new NewsTopologyDriver(stateDir)) {
      RawArticle v1 = NewsTopologyDriver.article("v1-article", TEXT);
      byte[] bytes = AvroSerdes.forClass(RawArticle.class, news.registry, false, true).serializer().serialize(Topics.RAW.name(), v1);

      // What a v2 app's deserializer does: the writer's schema from the registry, resolved to its own.
      GenericRecord read = readAs(RawArticleVersions.withOptionalSection(), bytes, news.registry);
      assertThat(read.get("section")).as("the new field, absent from v1 records").isNull();
      assertThat(read.get("id").toString()).isEqualTo("v1-article");
      assertThat(read.get("text").toString()).isEqualTo(TEXT);
      assertThat(read.get("fetchedAt")).isEqualTo(NewsTopologyDriver.START.toEpochMilli());
    }
  }

  /** Confluent's wire format: magic byte 0, the schema id, the Avro binary. */
  private static byte[] wire(int id, Schema schema, GenericRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(ByteBuffer.allocate(4).putInt(id).array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static GenericRecord readAs(Schema reader, byte[] bytes, SchemaRegistryClient registry) throws IOException {
    Schema writer = registry.schemaById(ByteBuffer.wrap(bytes, 1, 4).getInt());
    return new GenericDatumReader<GenericRecord>(writer, reader)
        .read(null, DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(bytes, 5, bytes.length), null));
  }
}
