package io.newsstream.streams.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.DuplicateKind;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RegionSessions;
import io.newsstream.schema.SessionKey;
import io.newsstream.schema.SessionLevel;
import io.newsstream.schema.SessionSummary;
import io.newsstream.schema.views.CanonicalDuplicates;
import io.newsstream.schema.views.SessionArticle;
import io.newsstream.schema.views.SessionArticles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adders, subtractors and derivations of the views, without Kafka. */
class ViewsAggregatesTest {
  static final Instant T0 = Instant.parse("2024-05-02T09:00:00Z");

  @Test
  void sessionKeysParseBackIntoTheirParts() {
    assertThat(ViewStores.parseSessionKey("KZ-19/REGIONAL/27"))
        .isEqualTo(new SessionKey("KZ-19", SessionLevel.REGIONAL, 27, null));
    assertThat(ViewStores.parseSessionKey("KZ-19/DISTRICT/5/Karasay"))
        .isEqualTo(new SessionKey("KZ-19", SessionLevel.DISTRICT, 5, "Karasay"));
    // A district name may hold the separator: everything after the number is the district.
    assertThat(ViewStores.parseSessionKey(ViewStores.sessionKey("KZ-63", "DISTRICT", 2, "a/b")).getDistrict())
        .isEqualTo("a/b");
    assertThatThrownBy(() -> ViewStores.parseSessionKey("KZ-19")).isInstanceOf(IllegalArgumentException.class);
    SessionKey district = new SessionKey("KZ-19", SessionLevel.DISTRICT, 5, "Karasay");
    assertThat(ViewStores.parseSessionKey(ViewStores.sessionKey(district))).isEqualTo(district);
  }

  @Test
  void bucketKeysAreUtc() {
    Instant almaty = Instant.parse("2024-05-02T23:30:00Z"); // already May 3rd in Almaty (UTC+5)
    assertThat(ViewStores.hourKey("KZ-75", almaty)).isEqualTo("KZ-75@2024-05-02T23");
    assertThat(ViewStores.dayKey("kk", almaty)).isEqualTo("kk@2024-05-02");
    assertThat(ViewStores.languageTotal("kk")).isEqualTo("language:kk");
  }

  @Test
  void aNoticeAddedThenRemovedLeavesNothingAndTheInputsUntouched() {
    CanonicalDuplicates empty = ViewAggregates.noDuplicates();
    CanonicalDuplicates one = ViewAggregates.addNotice("a1", notice("d1", "a1", 2), empty);
    CanonicalDuplicates two = ViewAggregates.addNotice("a1", notice("d0", "a1", 1), one);

    assertThat(empty.getNotices()).isEmpty();
    assertThat(one.getNotices()).extracting(DuplicateNotice::getDuplicateId).containsExactly("d1");
    assertThat(two.getNotices()).extracting(DuplicateNotice::getDuplicateId).containsExactly("d0", "d1");
    assertThat(ViewAggregates.removeNotice("a1", notice("d0", "a1", 1), two)).isEqualTo(one);
    assertThat(ViewAggregates.removeNotice("a1", notice("d1", "a1", 2), one)).isNull();
  }

  @Test
  void theSummaryTakesCityAndDateFromTheEarliestArticleThatStatesThem() {
    SessionArticles session = ViewAggregates.noArticles();
    session = ViewAggregates.addArticle("k", contribution("late", 20, "Astana", LocalDate.of(2024, 5, 1), "s2"), session);
    session = ViewAggregates.addArticle("k", contribution("early", 10, null, LocalDate.of(2024, 4, 30), "s1"), session);
    session = ViewAggregates.addArticle("k", contribution("middle", 15, "Nur-Sultan", null, "s1"), session);

    SessionSummary summary = ViewAggregates.summarize("KZ/NATIONAL/33", session);
    assertThat(summary.getKey()).isEqualTo(new SessionKey("KZ", SessionLevel.NATIONAL, 33, null));
    assertThat(summary.getCity()).isEqualTo("Nur-Sultan");
    assertThat(summary.getEventDate()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(summary.getSources()).containsExactly("s1", "s2");
    assertThat(summary.getArticles()).extracting(a -> a.getId()).containsExactly("early", "middle", "late");

    SessionArticles withoutMiddle = ViewAggregates.removeArticle("k", contribution("middle", 15, null, null, "s1"), session);
    assertThat(ViewAggregates.summarize("KZ/NATIONAL/33", withoutMiddle).getCity()).isEqualTo("Astana");
    assertThat(session.getArticles()).hasSize(3);
    assertThat(ViewAggregates.summarize("KZ/NATIONAL/33", null)).isNull();
    assertThat(ViewAggregates.summarize("KZ/NATIONAL/33", ViewAggregates.noArticles())).isNull();
  }

  @Test
  void aSessionReAddedReplacesItsEarlierSummaryInTheRegion() {
    SessionSummary v1 = summary(27, 1);
    SessionSummary v2 = summary(27, 2);
    RegionSessions region = ViewAggregates.addSession("KZ-19", v1, ViewAggregates.noSessions());
    region = ViewAggregates.addSession("KZ-19", summary(3, 1), region);
    region = ViewAggregates.addSession("KZ-19", v2, region);

    assertThat(region.getRegion()).isEqualTo("KZ-19");
    assertThat(region.getSessions()).extracting(s -> s.getKey().getNumber() + "x" + s.getArticleCount())
        .containsExactly("3x1", "27x2");
    assertThat(ViewAggregates.removeSession("KZ-19", v2, ViewAggregates.removeSession("KZ-19", summary(3, 1), region)))
        .isNull();
  }

  @Test
  void theEventTimeIsThePublicationElseTheFetch() {
    EnrichedArticle.Builder article = ViewsTopologyTest.article("a", "ru", "t", null, null);
    assertThat(ViewAggregates.eventTime(article.build())).isEqualTo(article.getFetchedAt());
    assertThat(ViewAggregates.eventTime(article.setPublishedAt(T0).build())).isEqualTo(T0);
  }

  static DuplicateNotice notice(String duplicateId, String canonicalId, int second) {
    return DuplicateNotice.newBuilder()
        .setDuplicateId(duplicateId).setCanonicalId(canonicalId).setSimilarity(1.0)
        .setKind(DuplicateKind.EXACT).setFingerprint("fp").setDetectedAt(T0.plusSeconds(second)).build();
  }

  static SessionArticle contribution(String id, int second, String city, LocalDate date, String source) {
    return new SessionArticle(id, id, "ru", T0.plusSeconds(second), city, date, 0, List.of(source));
  }

  static SessionSummary summary(int number, int articles) {
    return SessionSummary.newBuilder()
        .setKey(new SessionKey("KZ-19", SessionLevel.REGIONAL, number, null))
        .setFirstSeen(T0).setLastSeen(T0).setArticleCount(articles).build();
  }
}
