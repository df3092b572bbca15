package io.newsstream.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.schema.ArticleRef;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.SessionKey;
import io.newsstream.schema.SessionLevel;
import io.newsstream.schema.SessionRef;
import io.newsstream.schema.SessionSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.Test;

class AvroJsonTest {
  @Test
  void specificRecordsKeepSchemaFieldNamesWithIsoDatesAndEnumNames() {
    SessionSummary summary = SessionSummary.newBuilder()
        .setKey(SessionKey.newBuilder().setRegion("KZ-19").setLevel(SessionLevel.REGIONAL).setNumber(27).build())
        .setEventDate(LocalDate.of(2024, 3, 14))
        .setFirstSeen(Instant.parse("2024-03-14T08:00:00Z"))
        .setLastSeen(Instant.parse("2024-03-15T09:30:00Z"))
        .setArticleCount(3)
        .setLanguages(Map.of("kk", 1, "ru", 2))
        .setSources(List.of("kazinform"))
        .setArticles(List.of(ArticleRef.newBuilder().setId("a1").setTitle(null).build()))
        .build();

    JsonNode json = AvroJson.toJson(summary);

    assertThat(json.path("key").path("region").asText()).isEqualTo("KZ-19");
    assertThat(json.path("key").path("level").asText()).isEqualTo("REGIONAL");
    assertThat(json.path("key").path("number").asInt()).isEqualTo(27);
    assertThat(json.path("key").path("district").isNull()).isTrue();
    assertThat(json.path("eventDate").asText()).isEqualTo("2024-03-14");
    assertThat(json.path("firstSeen").asText()).isEqualTo("2024-03-14T08:00:00Z");
    assertThat(json.path("languages").path("ru").asInt()).isEqualTo(2);
    assertThat(json.path("sources").get(0).asText()).isEqualTo("kazinform");
    assertThat(json.path("articles").get(0).path("id").asText()).isEqualTo("a1");
    assertThat(json.path("articles").get(0).path("title").isNull()).isTrue();
    assertThat(json.path("city").isNull()).isTrue();
  }

  @Test
  void nestedNullableRecordsAndMapsOfDoubles() {
    EnrichedArticle article = EnrichedArticle.newBuilder()
        .setId("x").setText("Текст").setFingerprint("ab").setFetchedAt(Instant.EPOCH)
        .setProcessedAt(Instant.parse("2025-01-02T03:04:05Z")).setLanguage("kk").setLanguageConfidence(0.5)
        .setLanguageShares(Map.of("kk", 0.75))
        .setSession(SessionRef.newBuilder().setNumber(34).setLevel(SessionLevel.NATIONAL).setRegion("KZ")
            .setDate(LocalDate.of(2025, 4, 24)).build())
        .build();

    JsonNode json = AvroJson.toJson(article);

    assertThat(json.path("text").asText()).isEqualTo("Текст");
    assertThat(json.path("processedAt").asText()).isEqualTo("2025-01-02T03:04:05Z");
    assertThat(json.path("languageShares").path("kk").asDouble()).isEqualTo(0.75);
    assertThat(json.path("session").path("level").asText()).isEqualTo("NATIONAL");
    assertThat(json.path("session").path("date").asText()).isEqualTo("2025-04-24");
    assertThat(json.path("publishedAt").isNull()).isTrue();
    assertThat(json.path("metadata").isObject()).isTrue();
  }

  @Test
  void genericRecordsWithRawLogicalValuesBecomeIsoStrings() {
    Schema schema = new Schema.Parser().parse("""
        {"type": "record", "name": "View", "fields": [
          {"name": "seen", "type": {"type": "long", "logicalType": "timestamp-millis"}},
          {"name": "day", "type": ["null", {"type": "int", "logicalType": "date"}]},
          {"name": "level", "type": {"type": "enum", "name": "L", "symbols": ["A", "B"]}}
        ]}""");
    GenericRecord record = new GenericData.Record(schema);
    record.put("seen", 86_400_000L);
    record.put("day", 1);
    record.put("level", new GenericData.EnumSymbol(schema.getField("level").schema(), "B"));

    JsonNode json = AvroJson.toJson(record);

    assertThat(json.path("seen").asText()).isEqualTo("1970-01-02T00:00:00Z");
    assertThat(json.path("day").asText()).isEqualTo("1970-01-02");
    assertThat(json.path("level").asText()).isEqualTo("B");
  }

  @Test
  void plainValuesOfCountStoresAndTimestampedValues() {
    assertThat(AvroJson.toJson(42L).asLong()).isEqualTo(42L);
    assertThat(AvroJson.toJson(42L).isNumber()).isTrue();
    assertThat(AvroJson.toJson("text").asText()).isEqualTo("text");
    assertThat(AvroJson.toJson(ValueAndTimestamp.make(7L, 1L)).asLong()).isEqualTo(7L);
    assertThat(AvroJson.toJson(null).isNull()).isTrue();
  }
}
