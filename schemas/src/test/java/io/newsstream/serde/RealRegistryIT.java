package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.RawArticle;
import java.nio.file.Path;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client and serdes against the project's real registry, over HTTP, on a real broker. */
class RealRegistryIT {
  @TempDir static Path kafkaDir;
  static EmbeddedKafkaBroker broker;
  static SchemaRegistryServer registry;

  @BeforeAll
  static void start() {
    broker = EmbeddedKafkaBroker.start(kafkaDir, 0, Map.of());
    registry = SchemaRegistryServer.start(broker.bootstrapServers(), 0, (short) 1);
  }

  @AfterAll
  static void stop() {
    registry.close();
    broker.close();
  }

  @Test
  void registerLookUpAndFetchById() {
    SchemaRegistryClient client = new HttpSchemaRegistryClient(registry.url());
    int id = client.register("round-trip-value", RawArticle.getClassSchema());

    // A second client has no cache: every answer below comes from the server.
    SchemaRegistryClient fresh = new HttpSchemaRegistryClient(registry.url());
    assertThat(fresh.idOf("round-trip-value", RawArticle.getClassSchema())).isEqualTo(id);
    assertThat(fresh.schemaById(id)).isEqualTo(RawArticle.getClassSchema());
  }

  @Test
  void incompatibleChangeIsRefusedWith409() {
    SchemaRegistryClient client = new HttpSchemaRegistryClient(registry.url());
    Schema v1 = SchemaBuilder.record("Evolving").fields().requiredString("a").endRecord();
    // BACKWARD: a new required field without a default cannot read data written with v1.
    Schema v2 = SchemaBuilder.record("Evolving").fields().requiredString("a").requiredInt("b").endRecord();
    client.register("evolving-value", v1);

    assertThatThrownBy(() -> client.register("evolving-value", v2))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(409);
          assertThat(e.errorCode()).isEqualTo(409);
        });
  }

  @Test
  void serdeRoundTripsThroughTheRegistry() {
    AvroSerde<RawArticle> serde =
        AvroSerdes.forClass(RawArticle.class, new HttpSchemaRegistryClient(registry.url()), false, true);
    RawArticle article = Samples.rawArticle();

    byte[] bytes = serde.serializer().serialize("news.raw.v1", article);

    assertThat(bytes[0]).isZero();
    AvroSerde<RawArticle> reader =
        AvroSerdes.forClass(RawArticle.class, new HttpSchemaRegistryClient(registry.url()), false, false);
    assertThat(reader.deserializer().deserialize("news.raw.v1", bytes)).isEqualTo(article);
  }
}
