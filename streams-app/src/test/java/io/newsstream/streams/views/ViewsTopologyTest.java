package io.newsstream.streams.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.ArticleRef;
import io.newsstream.schema.ArticleView;
import io.newsstream.schema.DuplicateKind;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RegionSessions;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.SessionKey;
import io.newsstream.schema.SessionLevel;
import io.newsstream.schema.SessionRef;
import io.newsstream.schema.SessionSummary;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.InMemorySchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.NewsStreamsApp;
import io.newsstream.streams.StreamsSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views in a TopologyTestDriver with the app's streams configuration (explicit naming
 * enforced, exactly-once) and an in-memory registry: articles, corrections, retractions and
 * duplicate notices in; every store and the sessions changelog checked.
 */
class ViewsTopologyTest {
  static final Instant T0 = Instant.parse("2024-05-02T09:15:00Z");
  static final String REGION = "KZ-19";
  static final SessionKey SESSION_27 = new SessionKey(REGION, SessionLevel.REGIONAL, 27, null);
  static final String KEY_27 = "KZ-19/REGIONAL/27";

  @TempDir Path stateDir;
  final SchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  TopologyTestDriver driver;
  TestInputTopic<String, EnrichedArticle> articles;
  TestInputTopic<String, DuplicateNotice> duplicates;
  TestInputTopic<String, RejectedInput> dlq;
  TestInputTopic<String, byte[]> dlqBytes;
  TestOutputTopic<SessionKey, SessionSummary> sessions;
  long clock = T0.toEpochMilli();

  @BeforeEach
  void start() {
    Properties config =
        NewsStreamsApp.streamsConfig(
            StreamsSettings.defaults("localhost:9092", "http://registry.invalid", stateDir), registry);
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
    SessionViews.addTo(builder, registry);
    Topology topology = builder.build(config);
    driver = new TopologyTestDriver(topology, config, T0);
    articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), avro(EnrichedArticle.class, false).serializer());
    duplicates = driver.createInputTopic(Topics.DUPLICATES, new StringSerializer(), avro(DuplicateNotice.class, false).serializer());
    dlq = driver.createInputTopic(Topics.DLQ, new StringSerializer(), avro(RejectedInput.class, false).serializer());
    dlqBytes = driver.createInputTopic(Topics.DLQ, new StringSerializer(), new ByteArraySerializer());
    sessions = driver.createOutputTopic(Topics.SESSIONS,
        avro(SessionKey.class, true).deserializer(), avro(SessionSummary.class, false).deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  // ---------------------------------------------------------------- (a) two articles of a session

  @Test
  void twoArticlesOfOneSessionMakeOneSummary() {
    send(article("a1", "ru", "Сессия АНК", T0, session(27, "Taldykorgan", null)).setSource("zhetysu.kz").build());
    send(article("a2", "kk", "ҚХА сессиясы", T0.plusSeconds(3600), session(27, null, LocalDate.of(2024, 5, 2)))
        .setSource("kazinform.kz").build());

    SessionSummary summary = sessionsByKey().get(KEY_27);
    assertThat(summary.getKey()).isEqualTo(SESSION_27);
    assertThat(summary.getArticleCount()).isEqualTo(2);
    assertThat(summary.getDuplicateCount()).isZero();
    assertThat(summary.getLanguages()).isEqualTo(Map.of("ru", 1, "kk", 1));
    assertThat(summary.getCity()).isEqualTo("Taldykorgan");
    assertThat(summary.getEventDate()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(summary.getFirstSeen()).isEqualTo(T0);
    assertThat(summary.getLastSeen()).isEqualTo(T0.plusSeconds(3600));
    assertThat(summary.getSources()).containsExactly("zhetysu.kz", "kazinform.kz");
    assertThat(ids(summary)).containsExactly("a1", "a2");

    assertThat(articlesById().get("a1").getArticle().getTitle()).isEqualTo("Сессия АНК");
    assertThat(articlesById().get("a1").getDuplicateCount()).isZero();
    assertThat(articlesById().get("a1").getSources()).containsExactly("zhetysu.kz");
    assertThat(totals()).containsEntry("articles", 2L).containsEntry("language:ru", 1L).containsEntry("language:kk", 1L);

    // The changelog: one summary per change, keyed by the Avro SessionKey.
    List<KeyValue<SessionKey, SessionSummary>> changes = sessions.readKeyValuesToList();
    assertThat(changes).hasSize(2);
    assertThat(changes).allSatisfy(kv -> assertThat(kv.key).isEqualTo(SESSION_27));
    assertThat(changes.get(0).value.getArticleCount()).isEqualTo(1);
    assertThat(changes.get(1).value).isEqualTo(summary);
  }

  @Test
  void anArticleWithoutSessionCountsInTotalsButInNoSession() {
    send(article("a1", "ru", "Погода", T0, null).build());

    assertThat(articlesById().get("a1")).isNotNull();
    assertThat(all(sessionsByKey())).isEmpty();
    assertThat(all(sessionsByRegion())).isEmpty();
    assertThat(all(perRegionDay())).isEmpty();
    assertThat(totals()).containsEntry("articles", 1L).containsEntry("language:ru", 1L);
    assertThat(all(languagesPerDay())).containsExactly(Map.entry("ru@2024-05-02", 1L));
    assertThat(sessions.isEmpty()).isTrue();
  }

  // ---------------------------------------------------------------- (b) corrections

  @Test
  void aCorrectionReplacesTheArticleWithoutCountingItTwice() {
    send(article("a1", "ru", "Сессия АНК", T0, session(27, "Taldykorgan", null)).build());
    send(article("a2", "ru", "Вторая", T0.plusSeconds(60), session(27, null, null)).build());
    // a1 again, same id: a new title, now Kazakh, a day later.
    send(article("a1", "kk", "Сессия АНК (исправлено)", T0.plusSeconds(86_400), session(27, "Taldykorgan", null)).build());

    SessionSummary summary = sessionsByKey().get(KEY_27);
    assertThat(summary.getArticleCount()).isEqualTo(2);
    assertThat(summary.getLanguages()).isEqualTo(Map.of("ru", 1, "kk", 1));
    assertThat(summary.getFirstSeen()).isEqualTo(T0.plusSeconds(60));
    assertThat(summary.getLastSeen()).isEqualTo(T0.plusSeconds(86_400));
    // Newest last: the corrected a1 is now the newer one.
    assertThat(summary.getArticles()).containsExactly(
        new ArticleRef("a2", "Вторая"), new ArticleRef("a1", "Сессия АНК (исправлено)"));
    assertThat(articlesById().get("a1").getArticle().getTitle()).isEqualTo("Сессия АНК (исправлено)");
    assertThat(all(articlesById())).containsOnlyKeys("a1", "a2");

    assertThat(totals()).containsEntry("articles", 2L).containsEntry("language:ru", 1L).containsEntry("language:kk", 1L);
    assertThat(all(perRegionDay())).containsOnly(Map.entry("KZ-19@2024-05-02", 1L), Map.entry("KZ-19@2024-05-03", 1L));
    assertThat(all(perRegionHour())).containsOnly(Map.entry("KZ-19@2024-05-02T09", 1L), Map.entry("KZ-19@2024-05-03T09", 1L));
    assertThat(all(languagesPerDay())).containsOnly(Map.entry("ru@2024-05-02", 1L), Map.entry("kk@2024-05-03", 1L));
    assertThat(all(sessionsByRegion()).get(REGION).getSessions()).containsExactly(ViewAggregates.listed(summary));
  }

  @Test
  void aCorrectionThatMovesTheArticleToAnotherSessionLeavesTheFirst() {
    send(article("a1", "ru", "Сессия", T0, session(27, null, null)).build());
    send(article("a1", "ru", "Сессия", T0, session(28, null, null)).build());

    assertThat(sessionsByKey().get(KEY_27)).isNull();
    assertThat(sessionsByKey().get("KZ-19/REGIONAL/28").getArticleCount()).isEqualTo(1);
    assertThat(all(sessionsByRegion()).get(REGION).getSessions())
        .extracting(s -> s.getKey().getNumber()).containsExactly(28);
    assertThat(lastChangeOf(SESSION_27)).isNull();
    assertThat(totals()).containsEntry("articles", 1L);
  }

  @Test
  void anUnchangedResendChangesNothing() {
    EnrichedArticle a1 = article("a1", "ru", "Сессия", T0, session(27, null, null)).build();
    send(a1);
    SessionSummary before = sessionsByKey().get(KEY_27);
    send(a1);
    send(a1);

    assertThat(sessionsByKey().get(KEY_27)).isEqualTo(before);
    assertThat(totals()).containsEntry("articles", 1L).containsEntry("language:ru", 1L);
    assertThat(all(perRegionHour())).containsExactly(Map.entry("KZ-19@2024-05-02T09", 1L));
  }

  // ---------------------------------------------------------------- (c) retractions

  @Test
  void aRetractionSubtractsAndTheLastOneTombstonesTheSession() {
    send(article("a1", "ru", "Первая", T0, session(27, "Taldykorgan", null)).setSource("s1").build());
    send(article("a2", "kk", "Екінші", T0.plusSeconds(60), session(27, "Taldykorgan", null)).setSource("s2").build());
    sessions.readKeyValuesToList();

    retract("a2");
    SessionSummary summary = sessionsByKey().get(KEY_27);
    assertThat(summary.getArticleCount()).isEqualTo(1);
    assertThat(summary.getLanguages()).isEqualTo(Map.of("ru", 1));
    assertThat(summary.getSources()).containsExactly("s1");
    assertThat(summary.getLastSeen()).isEqualTo(T0);
    assertThat(articlesById().get("a2")).isNull();
    assertThat(totals()).containsEntry("articles", 1L).containsEntry("language:kk", 0L);
    assertThat(sessions.readValue().getArticleCount()).isEqualTo(1);

    retract("a1");
    assertThat(sessionsByKey().get(KEY_27)).isNull();
    assertThat(sessionsByRegion().get(REGION)).isNull();
    assertThat(all(perRegionHour())).containsExactly(Map.entry("KZ-19@2024-05-02T09", 0L));
    assertThat(all(perRegionDay())).containsExactly(Map.entry("KZ-19@2024-05-02", 0L));
    assertThat(totals()).containsEntry("articles", 0L).containsEntry("language:ru", 0L);
    // The session's last article went: a tombstone for it on the compacted changelog.
    TestRecord<SessionKey, SessionSummary> tombstone = sessions.readRecord();
    assertThat(tombstone.key()).isEqualTo(SESSION_27);
    assertThat(tombstone.value()).isNull();
    assertThat(sessions.isEmpty()).isTrue();

    // Retracting again, or an article never seen, changes nothing.
    retract("a1");
    retract("never-seen");
    assertThat(totals()).containsEntry("articles", 0L);
    assertThat(sessions.isEmpty()).isTrue();
  }

  @Test
  void aRetractedArticleThatComesBackCountsOnce() {
    send(article("a1", "ru", "Первая", T0, session(27, null, null)).build());
    retract("a1");
    send(article("a1", "ru", "Первая", T0, session(27, null, null)).build());

    assertThat(sessionsByKey().get(KEY_27).getArticleCount()).isEqualTo(1);
    assertThat(totals()).containsEntry("articles", 1L);
    assertThat(all(perRegionDay())).containsExactly(Map.entry("KZ-19@2024-05-02", 1L));
  }

  // ---------------------------------------------------------------- (d) duplicates

  @Test
  void duplicatesCountOnTheCanonicalAndItsSessionButSelfNoticesDoNot() {
    send(article("a1", "ru", "Первая", T0, session(27, null, null)).setSource("zhetysu.kz").build());
    send(article("a2", "ru", "Вторая", T0.plusSeconds(60), session(27, null, null)).setSource("kazinform.kz").build());
    duplicate("d1", "a1", "tengrinews.kz", 1);
    duplicate("d2", "a1", "zakon.kz", 2);
    duplicate("d3", "a1", "zhetysu.kz", 3); // a source already listed
    duplicate("a1", "a1", "zhetysu.kz", 4); // a re-send of a1 itself

    ArticleView a1 = articlesById().get("a1");
    assertThat(a1.getDuplicateCount()).isEqualTo(3);
    assertThat(a1.getSources()).containsExactly("zhetysu.kz", "tengrinews.kz", "zakon.kz");
    assertThat(a1.getDuplicateIds()).containsExactly("d1", "d2", "d3");
    assertThat(articlesById().get("a2").getDuplicateCount()).isZero();

    SessionSummary summary = sessionsByKey().get(KEY_27);
    assertThat(summary.getArticleCount()).isEqualTo(2);
    assertThat(summary.getDuplicateCount()).isEqualTo(3);
    assertThat(summary.getSources()).containsExactly("zhetysu.kz", "tengrinews.kz", "zakon.kz", "kazinform.kz");
    assertThat(all(sessionsByRegion()).get(REGION).getSessions()).containsExactly(ViewAggregates.listed(summary));
    // All notices are duplicates in the totals, the re-send included; articles stay unique.
    assertThat(totals()).containsEntry("duplicates", 4L).containsEntry("articles", 2L);
    assertThat(lastChangeOf(SESSION_27).getDuplicateCount()).isEqualTo(3);
  }

  @Test
  void theLatestNoticePerDuplicateWins() {
    send(article("a1", "ru", "Первая", T0, session(27, null, null)).setSource("s1").build());
    send(article("a2", "ru", "Вторая", T0, session(28, null, null)).setSource("s2").build());
    duplicate("d1", "a1", "tengrinews.kz", 1);
    duplicate("d2", "a1", "zakon.kz", 2);
    // d1 was in fact a duplicate of a2; d2's notice is withdrawn.
    duplicate("d1", "a2", "tengrinews.kz", 3);
    duplicates.pipeInput("d2", null, ++clock);

    assertThat(articlesById().get("a1").getDuplicateCount()).isZero();
    assertThat(articlesById().get("a1").getSources()).containsExactly("s1");
    assertThat(articlesById().get("a2").getDuplicateCount()).isEqualTo(1);
    assertThat(articlesById().get("a2").getSources()).containsExactly("s2", "tengrinews.kz");
    assertThat(sessionsByKey().get(KEY_27).getDuplicateCount()).isZero();
    assertThat(sessionsByKey().get(KEY_27).getSources()).containsExactly("s1");
    assertThat(sessionsByKey().get("KZ-19/REGIONAL/28").getDuplicateCount()).isEqualTo(1);
    assertThat(totals()).containsEntry("duplicates", 1L);
  }

  @Test
  void duplicatesNoticedBeforeTheirCanonicalArrivesAreJoinedWhenItDoes() {
    duplicate("d1", "a1", "tengrinews.kz", 1);
    assertThat(articlesById().get("a1")).isNull();

    send(article("a1", "ru", "Первая", T0, session(27, null, null)).setSource("s1").build());
    assertThat(articlesById().get("a1").getDuplicateCount()).isEqualTo(1);
    assertThat(sessionsByKey().get(KEY_27).getSources()).containsExactly("s1", "tengrinews.kz");
  }

  // ---------------------------------------------------------------- (e) region listing

  @Test
  void aRegionListsItsSessionsByLevelThenNumberThenDistrict() {
    send(article("a1", "ru", "27", T0, session(REGION, SessionLevel.REGIONAL, 27, null)).build());
    send(article("a2", "ru", "5 Karasay", T0, session(REGION, SessionLevel.DISTRICT, 5, "Karasay")).build());
    send(article("a3", "ru", "3", T0, session(REGION, SessionLevel.REGIONAL, 3, null)).build());
    send(article("a4", "ru", "5 Enbekshikazakh", T0, session(REGION, SessionLevel.DISTRICT, 5, "Enbekshikazakh")).build());
    send(article("a5", "ru", "12", T0, session(REGION, SessionLevel.REGIONAL, 12, null)).build());
    send(article("a6", "ru", "national", T0, session("KZ", SessionLevel.NATIONAL, 33, null)).build());
    send(article("a7", "ru", "27 again", T0.plusSeconds(5), session(REGION, SessionLevel.REGIONAL, 27, null)).build());

    RegionSessions region = sessionsByRegion().get(REGION);
    assertThat(region.getRegion()).isEqualTo(REGION);
    assertThat(region.getSessions()).extracting(s -> ViewAggregates.sessionKey(ref(s.getKey())))
        .containsExactly("KZ-19/REGIONAL/3", "KZ-19/REGIONAL/12", "KZ-19/REGIONAL/27",
            "KZ-19/DISTRICT/5/Enbekshikazakh", "KZ-19/DISTRICT/5/Karasay");
    assertThat(region.getSessions().get(2).getArticleCount()).isEqualTo(2);
    assertThat(region.getSessions()).as("listed without their articles").allSatisfy(s -> assertThat(s.getArticles()).isEmpty());
    assertThat(sessionsByKey().get("KZ-19/REGIONAL/27").getArticles()).hasSize(2);
    assertThat(sessionsByKey().get("KZ-19/DISTRICT/5/Karasay").getKey().getDistrict()).isEqualTo("Karasay");
    assertThat(sessionsByRegion().get("KZ").getSessions()).extracting(s -> s.getKey().getNumber()).containsExactly(33);

    retract("a3");
    assertThat(sessionsByRegion().get(REGION).getSessions()).extracting(s -> s.getKey().getNumber())
        .containsExactly(12, 27, 5, 5);
  }

  // ---------------------------------------------------------------- (f) bucketed counts and totals

  @Test
  void bucketedCountsUseEventTimeInUtcAndTotalsCountEverything() {
    // publishedAt is the event time; fetchedAt only when there is none.
    send(article("a1", "ru", "1", Instant.parse("2024-05-02T09:10:00Z"), session(27, null, null)).build());
    send(article("a2", "kk", "2", Instant.parse("2024-05-02T09:50:00Z"), session(27, null, null)).build());
    send(article("a3", "ru", "3", Instant.parse("2024-05-02T23:59:59Z"), session("KZ-75", SessionLevel.REGIONAL, 4, null)).build());
    send(article("a4", "ru", "4", null, session(27, null, null))
        .setFetchedAt(Instant.parse("2024-05-03T00:00:00Z")).build());
    send(article("a5", "en", "5", Instant.parse("2024-05-03T01:00:00Z"), null).build());
    dlq.pipeInput("r1", rejected("EMPTY_TEXT"), ++clock);
    dlqBytes.pipeInput("r2", "not Avro at all".getBytes(StandardCharsets.UTF_8), ++clock);
    dlqBytes.pipeInput(null, new byte[] {0, 0, 0, 0, 1}, ++clock);
    duplicate("d1", "a1", null, 1);

    assertThat(all(perRegionHour())).containsOnly(
        Map.entry("KZ-19@2024-05-02T09", 2L),
        Map.entry("KZ-75@2024-05-02T23", 1L),
        Map.entry("KZ-19@2024-05-03T00", 1L));
    assertThat(all(perRegionDay())).containsOnly(
        Map.entry("KZ-19@2024-05-02", 2L),
        Map.entry("KZ-75@2024-05-02", 1L),
        Map.entry("KZ-19@2024-05-03", 1L));
    assertThat(all(languagesPerDay())).containsOnly(
        Map.entry("ru@2024-05-02", 2L),
        Map.entry("kk@2024-05-02", 1L),
        Map.entry("ru@2024-05-03", 1L),
        Map.entry("en@2024-05-03", 1L));
    assertThat(all(totalsStore())).containsOnly(
        Map.entry("articles", 5L),
        Map.entry("language:ru", 3L),
        Map.entry("language:kk", 1L),
        Map.entry("language:en", 1L),
        Map.entry("duplicates", 1L),
        Map.entry("rejected", 3L));
    assertThat(sessionsByKey().get(KEY_27).getFirstSeen()).isEqualTo(Instant.parse("2024-05-02T09:10:00Z"));
    assertThat(sessionsByKey().get(KEY_27).getLastSeen()).isEqualTo(Instant.parse("2024-05-03T00:00:00Z"));
  }

  @Test
  void aSessionListsOnlyItsNewestFiftyArticles() {
    for (int i = 0; i < 60; i++) {
      // Sent newest first: the order of the list is event time, not arrival.
      send(article(String.format("a%02d", i), "ru", "t" + i, T0.minusSeconds(i), session(27, null, null)).build());
    }
    SessionSummary summary = sessionsByKey().get(KEY_27);
    assertThat(summary.getArticleCount()).isEqualTo(60);
    assertThat(summary.getArticles()).hasSize(ViewAggregates.MAX_SESSION_ARTICLES);
    assertThat(summary.getArticles().get(0).getId()).isEqualTo("a49");
    assertThat(summary.getArticles().get(49).getId()).isEqualTo("a00");
    assertThat(summary.getFirstSeen()).isEqualTo(T0.minusSeconds(59));
  }

  // ---------------------------------------------------------------- naming

  @Test
  void everyProcessorStoreAndTopicIsNamed() {
    String description = driver.producedTopicNames() + "\n" + topologyDescription();
    assertThat(description).doesNotContain("KSTREAM-", "KTABLE-", "-STATE-STORE-");
  }

  @Test
  void theTablesReadTheirSourceTopicsAsChangelogsInsteadOfCopyingThem() {
    send(article("a1", "ru", "Сессия АНК", T0, session(27, null, null)).build());
    duplicate("d1", "a1", "other.kz", 1);

    assertThat(driver.producedTopicNames())
        .contains("newsstream-" + ViewStores.SESSIONS_BY_KEY + "-changelog")
        .doesNotContain("newsstream-" + SessionViews.ARTICLES_TABLE + "-changelog",
            "newsstream-" + SessionViews.NOTICES_TABLE + "-changelog");
    assertThat(driver.<String, ArticleView>getKeyValueStore(ViewStores.ARTICLES_BY_ID).get("a1").getDuplicateCount())
        .isEqualTo(1);
  }

  @Test
  void composesWithATopologyThatWritesTheTopicsItReads() {
    // As in the app: the pipeline writes news.articles.v1, news.duplicates.v1 and news.dlq.v1 in
    // the same topology that reads them back for the views.
    Properties config =
        NewsStreamsApp.streamsConfig(
            StreamsSettings.defaults("localhost:9092", "http://registry.invalid", stateDir.resolve("composed")), registry);
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
    org.apache.kafka.streams.kstream.KStream<String, EnrichedArticle> upstream =
        builder.stream("upstream", org.apache.kafka.streams.kstream.Consumed
            .with(org.apache.kafka.common.serialization.Serdes.String(), avro(EnrichedArticle.class, false))
            .withName("upstream-source"));
    upstream.to(Topics.ARTICLES, org.apache.kafka.streams.kstream.Produced
        .with(org.apache.kafka.common.serialization.Serdes.String(), avro(EnrichedArticle.class, false))
        .withName("upstream-articles-out"));
    SessionViews.addTo(builder, registry);
    try (TopologyTestDriver composed = new TopologyTestDriver(builder.build(config), config, T0)) {
      composed.createInputTopic("upstream", new StringSerializer(), avro(EnrichedArticle.class, false).serializer())
          .pipeInput("a1", article("a1", "kk", "t", T0, session(27, null, null)).build(), T0);
      KeyValueStore<String, SessionSummary> store = composed.getKeyValueStore(ViewStores.SESSIONS_BY_KEY);
      assertThat(store.get(KEY_27).getArticleCount()).isEqualTo(1);
    }
  }

  // ---------------------------------------------------------------- helpers

  private String topologyDescription() {
    Properties config =
        NewsStreamsApp.streamsConfig(
            StreamsSettings.defaults("localhost:9092", "http://registry.invalid", stateDir), registry);
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
    SessionViews.addTo(builder, registry);
    return builder.build(config).describe().toString();
  }

  static SessionRef session(int number, String city, LocalDate date) {
    return new SessionRef(number, SessionLevel.REGIONAL, REGION, null, city, date);
  }

  static SessionRef session(String region, SessionLevel level, int number, String district) {
    return new SessionRef(number, level, region, district, null, null);
  }

  static SessionRef ref(SessionKey key) {
    return new SessionRef(key.getNumber(), key.getLevel(), key.getRegion(), key.getDistrict(), null, null);
  }

  static EnrichedArticle.Builder article(String id, String language, String title, Instant publishedAt, SessionRef session) {
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setTitle(title)
        .setText("text of " + id)
        .setFingerprint("fp-" + id)
        .setPublishedAt(publishedAt)
        .setFetchedAt(T0.plusSeconds(7 * 86_400))
        .setProcessedAt(T0.plusSeconds(7 * 86_400))
        .setLanguage(language)
        .setLanguageConfidence(0.5)
        .setIsSessionReport(session != null)
        .setSession(session);
  }

  static RejectedInput rejected(String reason) {
    return RejectedInput.newBuilder()
        .setReason(reason).setDetail("d").setStage("producer").setRejectedAt(T0).build();
  }

  void send(EnrichedArticle article) {
    articles.pipeInput(article.getId(), article, ++clock);
  }

  void retract(String id) {
    articles.pipeInput(id, null, ++clock);
  }

  void duplicate(String duplicateId, String canonicalId, String source, int second) {
    DuplicateNotice notice = DuplicateNotice.newBuilder()
        .setDuplicateId(duplicateId)
        .setCanonicalId(canonicalId)
        .setSimilarity(1.0)
        .setKind(DuplicateKind.EXACT)
        .setSource(source)
        .setFingerprint("fp-" + duplicateId)
        .setDetectedAt(T0.plusSeconds(second))
        .build();
    duplicates.pipeInput(duplicateId, notice, ++clock);
  }

  /** The value of the session's last record on news.sessions.v1 (null for a tombstone). */
  SessionSummary lastChangeOf(SessionKey key) {
    Map<SessionKey, SessionSummary> latest = new java.util.HashMap<>();
    sessions.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
    assertThat(latest).containsKey(key);
    return latest.get(key);
  }

  static List<String> ids(SessionSummary summary) {
    return summary.getArticles().stream().map(ArticleRef::getId).collect(Collectors.toList());
  }

  KeyValueStore<String, ArticleView> articlesById() {
    return driver.getKeyValueStore(ViewStores.ARTICLES_BY_ID);
  }

  KeyValueStore<String, SessionSummary> sessionsByKey() {
    return driver.getKeyValueStore(ViewStores.SESSIONS_BY_KEY);
  }

  KeyValueStore<String, RegionSessions> sessionsByRegion() {
    return driver.getKeyValueStore(ViewStores.SESSIONS_BY_REGION);
  }

  KeyValueStore<String, Long> perRegionHour() {
    return driver.getKeyValueStore(ViewStores.ARTICLES_PER_REGION_HOUR);
  }

  KeyValueStore<String, Long> perRegionDay() {
    return driver.getKeyValueStore(ViewStores.ARTICLES_PER_REGION_DAY);
  }

  KeyValueStore<String, Long> languagesPerDay() {
    return driver.getKeyValueStore(ViewStores.LANGUAGES_PER_DAY);
  }

  KeyValueStore<String, Long> totalsStore() {
    return driver.getKeyValueStore(ViewStores.TOTALS);
  }

  Map<String, Long> totals() {
    return all(totalsStore());
  }

  static <V> Map<String, V> all(KeyValueStore<String, V> store) {
    Map<String, V> all = new java.util.TreeMap<>();
    try (KeyValueIterator<String, V> it = store.all()) {
      it.forEachRemaining(kv -> all.put(kv.key, kv.value));
    }
    return all;
  }

  private <T extends SpecificRecord> Serde<T> avro(Class<T> type, boolean isKey) {
    return AvroSerdes.forClass(type, registry, isKey, true);
  }
}
