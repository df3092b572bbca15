package io.newsstream.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.schema.RegionSessions;
import io.newsstream.schema.SessionKey;
import io.newsstream.schema.SessionLevel;
import io.newsstream.schema.SessionSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The typed answers are written as the API has always answered: the dashboard reads these shapes. */
class AnswersTest {
  private static final SessionSummary SESSION = SessionSummary.newBuilder()
      .setKey(SessionKey.newBuilder().setRegion("KZ-19").setLevel(SessionLevel.REGIONAL).setNumber(27).build())
      .setEventDate(LocalDate.of(2024, 3, 14))
      .setFirstSeen(Instant.parse("2024-03-14T08:00:00Z"))
      .setLastSeen(Instant.parse("2024-03-15T09:30:00Z"))
      .setArticleCount(3)
      .setLanguages(Map.of("ru", 3))
      .setSources(List.of("kazinform"))
      .setArticles(List.of())
      .build();

  @Test
  void aRegionsSessionsAreWrittenAsTheStoreValueWas() throws Exception {
    RegionSessions stored = RegionSessions.newBuilder().setRegion("KZ-19").setSessions(List.of(SESSION)).build();

    JsonNode json = write(new Answers.RegionSessions("KZ-19", "Almaty Region", stored.getSessions()));

    assertThat(json.path("code").asText()).isEqualTo("KZ-19");
    assertThat(json.path("name").asText()).isEqualTo("Almaty Region");
    assertThat(json.path("sessions")).isEqualTo(AvroJson.toJson(stored).path("sessions"));
    assertThat(json.path("sessions").get(0).path("eventDate").asText()).isEqualTo("2024-03-14");
  }

  @Test
  void aRegionWithoutNewsHasANullLastSeenAndCountsAreNumbers() throws Exception {
    JsonNode json = write(new Answers.Regions(List.of(
        new Answers.Region("KZ-19", "Almaty Region", 1, 3, "2024-03-15T09:30:00Z"),
        new Answers.Region("KZ-10", "Abai Region", 0, 0, null))));

    JsonNode almaty = json.path("regions").get(0);
    assertThat(almaty.path("sessions").isInt()).isTrue();
    assertThat(almaty.path("articles").asLong()).isEqualTo(3);
    assertThat(almaty.path("lastSeen").asText()).isEqualTo("2024-03-15T09:30:00Z");
    assertThat(json.path("regions").get(1).has("lastSeen")).isTrue();
    assertThat(json.path("regions").get(1).path("lastSeen").isNull()).isTrue();
  }

  @Test
  void statsAndActivityKeepTheirFieldNamesAndOrder() throws Exception {
    Map<String, Long> counts = new TreeMap<>(Map.of("kk@2024-03-14", 2L, "ru@2024-03-14", 5L));
    JsonNode activity = write(new Answers.Activity("day", counts));
    JsonNode stats = write(new Answers.Stats(7, 1, 2, Map.of("ru", 7L), 1.5, 0L, "localhost:8080"));

    assertThat(activity.toString()).isEqualTo("{\"granularity\":\"day\",\"counts\":{\"kk@2024-03-14\":2,\"ru@2024-03-14\":5}}");
    assertThat(stats.toString()).isEqualTo("{\"articles\":7,\"duplicates\":1,\"rejected\":2,\"languages\":{\"ru\":7},"
        + "\"throughput\":1.5,\"consumerLag\":0,\"instance\":\"localhost:8080\"}");
  }

  private static JsonNode write(Object answer) throws Exception {
    return AvroJson.MAPPER.readTree(AvroJson.MAPPER.writeValueAsString(answer));
  }
}
