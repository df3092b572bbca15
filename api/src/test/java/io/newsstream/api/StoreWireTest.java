package io.newsstream.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.newsstream.schema.RegionSessions;
import io.newsstream.schema.SessionKey;
import io.newsstream.schema.SessionLevel;
import io.newsstream.schema.SessionSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What one instance sends of a store value comes back, on the asking one, as the same typed value. */
class StoreWireTest {
  @Test
  void anAvroRecordComesBackAsItsGeneratedClass() {
    SessionSummary session = SessionSummary.newBuilder()
        .setKey(SessionKey.newBuilder().setRegion("KZ").setLevel(SessionLevel.NATIONAL).setNumber(34).build())
        .setFirstSeen(Instant.parse("2024-04-01T10:00:00Z"))
        .setLastSeen(Instant.parse("2024-04-02T10:00:00Z"))
        .setArticleCount(2)
        .setLanguages(Map.of("kk", 2))
        .setSources(List.of("inform.kz"))
        .setArticles(List.of())
        .build();
    RegionSessions region = RegionSessions.newBuilder().setRegion("KZ").setSessions(List.of(session)).build();

    RegionSessions back = StoreWire.read(StoreWire.write(region), RegionSessions.class, "h:1");

    assertThat(back).isEqualTo(region);
    assertThat(back.getSessions().get(0).getArticleCount()).isEqualTo(2);
  }

  @Test
  void aCountComesBackAsALong() {
    assertThat(StoreWire.read(StoreWire.write(42L), Long.class, "h:1")).isEqualTo(42L);
  }

  @Test
  void whatDoesNotReadIsA503NamingTheSender() {
    assertThatThrownBy(() -> StoreWire.read(JsonNodeFactory.instance.textNode("bm90IGF2cm8="), RegionSessions.class, "h:1"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("h:1").hasMessageContaining("RegionSessions");
  }
}
