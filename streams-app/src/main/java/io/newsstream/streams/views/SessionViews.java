package io.newsstream.streams.views;

import io.newsstream.schema.ArticleView;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RegionSessions;
import io.newsstream.schema.SessionSummary;
import io.newsstream.schema.Topics;
import io.newsstream.schema.views.CanonicalDuplicates;
import io.newsstream.schema.views.SessionArticle;
import io.newsstream.schema.views.SessionArticles;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The materialized views over the app's output topics (news.articles.v1, news.duplicates.v1,
 * news.dlq.v1): the queryable stores named in {@link ViewStores} and the sessions changelog on
 * news.sessions.v1.
 *
 * <p>Articles and duplicate notices are read as KTables: a record for a known id replaces the
 * earlier one (a correction), a tombstone removes it (a retraction). Every aggregation over them is
 * a KTable aggregation with an adder and a subtractor, so Kafka Streams subtracts the old value of
 * a changed row before it adds the new one, and nothing is counted twice. The non-invertible parts
 * (first/last seen, city, sources, the article list) are derived from aggregates that keep their
 * members whole (see {@link ViewAggregates}).
 *
 * <p>Every processor, store and internal topic is named ("views-..." for the internal ones), as
 * {@code ensure.explicit.internal.resource.naming} demands.
 */
public final class SessionViews {
  /** Internal stores and topics; renaming one loses its data, so these names are fixed too. */
  static final String ARTICLES_TABLE = "views-articles";
  static final String NOTICES_TABLE = "views-duplicate-notices";
  static final String DUPLICATES_PER_CANONICAL = "views-duplicates-per-canonical";
  static final String SESSION_ARTICLES = "views-session-articles";

  private static final Serde<String> STRINGS = Serdes.String();
  private static final Serde<Long> LONGS = Serdes.Long();
  private static final byte[] NOTHING = new byte[0];

  private SessionViews() {}

  /** Adds the views' sub-topologies to {@code builder}, with Avro serdes over {@code registry}. */
  public static void addTo(StreamsBuilder builder, SchemaRegistryClient registry) {
    Serde<EnrichedArticle> enriched = Topics.ARTICLES.valueSerde(registry);
    Serde<DuplicateNotice> notice = Topics.DUPLICATES.valueSerde(registry);
    Serde<ArticleView> articleView = avro(ArticleView.class, registry);
    Serde<SessionArticle> sessionArticle = avro(SessionArticle.class, registry);
    Serde<SessionSummary> summary = Topics.SESSIONS.valueSerde(registry);

    // The sources, as tables: the latest record per id, tombstones delete.
    KTable<String, EnrichedArticle> articles =
        builder.table(
            Topics.ARTICLES.name(),
            Consumed.with(Topics.ARTICLES.keySerde(registry), enriched).withName("views-articles-source"),
            store(ARTICLES_TABLE, enriched));
    KTable<String, DuplicateNotice> notices =
        builder.table(
            Topics.DUPLICATES.name(),
            Consumed.with(Topics.DUPLICATES.keySerde(registry), notice).withName("views-duplicates-source"),
            store(NOTICES_TABLE, notice));

    // articles-by-id: each article with the duplicates whose latest notice names it canonical. A
    // notice of an article about itself is a re-send, not a duplicate of it: filtered out (a table
    // filter also takes back a real notice that such a one replaces).
    KTable<String, CanonicalDuplicates> duplicatesPerCanonical =
        notices
            .filter((duplicateId, n) -> !ViewAggregates.isSelfNotice(n), Named.as("views-duplicates-of-others"))
            .groupBy(
                (duplicateId, n) -> KeyValue.pair(n.getCanonicalId(), n),
                Grouped.with("views-duplicates-by-canonical", STRINGS, notice))
            .aggregate(
                ViewAggregates::noDuplicates,
                ViewAggregates::addNotice,
                ViewAggregates::removeNotice,
                Named.as("views-duplicates-per-canonical-aggregate"),
                store(DUPLICATES_PER_CANONICAL, avro(CanonicalDuplicates.class, registry)));
    KTable<String, ArticleView> articlesById =
        articles.leftJoin(
            duplicatesPerCanonical,
            ViewAggregates::articleView,
            Named.as("views-articles-with-duplicates"),
            store(ViewStores.ARTICLES_BY_ID, articleView));

    // sessions-by-key: from the article views, so that duplicates count into their session too.
    // The repartition carries each article's small contribution, not its text.
    KTable<String, SessionSummary> sessions =
        articlesById
            .filter((id, view) -> view.getArticle().getSession() != null, Named.as("views-session-reports"))
            .groupBy(
                (id, view) -> KeyValue.pair(
                    ViewAggregates.sessionKey(view.getArticle().getSession()), ViewAggregates.contribution(view)),
                Grouped.with("views-articles-by-session", STRINGS, sessionArticle))
            .aggregate(
                ViewAggregates::noArticles,
                ViewAggregates::addArticle,
                ViewAggregates::removeArticle,
                Named.as("views-session-articles-aggregate"),
                store(SESSION_ARTICLES, avro(SessionArticles.class, registry)))
            .mapValues(ViewAggregates::summarize, Named.as("views-session-summary"),
                store(ViewStores.SESSIONS_BY_KEY, summary));

    // The changelog: every change of a session, a tombstone when its last article went.
    sessions
        .toStream(Named.as("views-session-changes"))
        .selectKey((key, s) -> ViewStores.parseSessionKey(key), Named.as("views-session-key"))
        .to(Topics.SESSIONS.name(),
            Produced.with(Topics.SESSIONS.keySerde(registry), summary)
                .withName("views-sessions-out"));

    // sessions-by-region: a region's sessions, ordered. Listed without their articles: each change
    // rewrites the region's whole list, and with them it grew with every article of the region.
    sessions
        .groupBy(
            (key, s) -> KeyValue.pair(s.getKey().getRegion(), ViewAggregates.listed(s)),
            Grouped.with("views-sessions-by-region", STRINGS, summary))
        .aggregate(
            ViewAggregates::noSessions,
            ViewAggregates::addSession,
            ViewAggregates::removeSession,
            Named.as("views-sessions-by-region-aggregate"),
            store(ViewStores.SESSIONS_BY_REGION, avro(RegionSessions.class, registry)));

    // Bucketed counts of unique articles, by event time (UTC). Each article is counted once per
    // dimension; coarser buckets sum the finer ones' changes, a few per commit, where counting the
    // articles again would repartition one record per article.
    KTable<String, EnrichedArticle> withSession =
        articles.filter((id, a) -> a.getSession() != null, Named.as("views-articles-with-session"));
    KTable<String, Long> perRegionHour = count(withSession, ViewStores.ARTICLES_PER_REGION_HOUR,
        a -> ViewStores.hourKey(a.getSession().getRegion(), ViewAggregates.eventTime(a)));
    sum(perRegionHour, ViewStores.ARTICLES_PER_REGION_DAY, "from-hours", ViewStores::dayOfHourKey);
    KTable<String, Long> languagesPerDay = count(articles, ViewStores.LANGUAGES_PER_DAY,
        a -> ViewStores.dayKey(a.getLanguage(), ViewAggregates.eventTime(a)));

    // totals: each total counted where its records are, then all of them through one topic into
    // one store, partitioned by the total's name as an interactive query for it expects.
    KTable<String, Long> languageTotals = sum(languagesPerDay, "views-totals-languages", "from-days",
        dayKey -> ViewStores.languageTotal(ViewStores.bucketOf(dayKey)));
    KTable<String, Long> articleTotal =
        sum(languageTotals, "views-totals-articles", "by-key", language -> ViewStores.TOTAL_ARTICLES);
    KTable<String, Long> duplicateTotal =
        notices
            .groupBy((id, n) -> KeyValue.pair(ViewStores.TOTAL_DUPLICATES, id),
                Grouped.with("views-totals-duplicates", STRINGS, STRINGS))
            .count(Named.as("views-totals-duplicates-count"), counts("views-totals-duplicates"));
    // Rejects are counted, never read: as bytes, a record no deserializer could read counts too.
    KTable<String, Long> rejectedTotal =
        builder
            .stream(Topics.DLQ.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("views-dlq-source"))
            .map((key, value) -> KeyValue.pair(ViewStores.TOTAL_REJECTED, value == null ? null : NOTHING),
                Named.as("views-dlq-as-rejected"))
            .groupByKey(Grouped.with("views-totals-rejected", STRINGS, Serdes.ByteArray()))
            .count(Named.as("views-totals-rejected-count"), counts("views-totals-rejected"));
    KStream<String, Long> totals =
        articleTotal.toStream(Named.as("views-totals-articles-changes"))
            .merge(languageTotals.toStream(Named.as("views-totals-languages-changes")),
                Named.as("views-totals-merge-languages"))
            .merge(duplicateTotal.toStream(Named.as("views-totals-duplicates-changes")),
                Named.as("views-totals-merge-duplicates"))
            .merge(rejectedTotal.toStream(Named.as("views-totals-rejected-changes")),
                Named.as("views-totals-merge-rejected"));
    totals
        .repartition(Repartitioned.with(STRINGS, LONGS).withName("views-totals"))
        .toTable(Named.as("views-totals-table"), counts(ViewStores.TOTALS));
  }

  /** Unique articles per {@code bucket}, in a store of that name; retractions and corrections subtract. */
  private static KTable<String, Long> count(
      KTable<String, EnrichedArticle> articles, String name, Function<EnrichedArticle, String> bucket) {
    return articles
        .groupBy((id, a) -> KeyValue.pair(bucket.apply(a), id),
            Grouped.with(internal(name) + "-by-key", STRINGS, STRINGS))
        .count(Named.as(internal(name) + "-count"), counts(name));
  }

  /**
   * The sums of finer counts over coarser keys, in a store of that name. Its repartition topic is
   * named {@code <store>-<how>} (not "-by-key": that name carried article ids when the store
   * counted articles, and a topic's records must keep one type across versions).
   */
  private static KTable<String, Long> sum(
      KTable<String, Long> finer, String name, String how, Function<String, String> coarser) {
    return finer
        .groupBy((key, n) -> KeyValue.pair(coarser.apply(key), n),
            Grouped.with(internal(name) + "-" + how, STRINGS, LONGS))
        .reduce(Long::sum, (total, n) -> total - n, Named.as(internal(name) + "-sum"), counts(name));
  }

  /**
   * The name of an internal processor or topic for a store: "views-" first, so that the views'
   * repartition topics read {@code <application.id>-views-<store>-by-key-repartition}.
   */
  private static String internal(String store) {
    return store.startsWith("views-") ? store : "views-" + store;
  }

  private static Materialized<String, Long, KeyValueStore<Bytes, byte[]>> counts(String name) {
    return store(name, LONGS);
  }

  private static <V> Materialized<String, V, KeyValueStore<Bytes, byte[]>> store(String name, Serde<V> values) {
    return Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(name)
        .withKeySerde(STRINGS)
        .withValueSerde(values);
  }

  private static <T extends SpecificRecord> Serde<T> avro(Class<T> type, SchemaRegistryClient registry) {
    // The app writes its stores' changelogs and its repartition topics: it registers their schemas.
    return AvroSerdes.writtenValues(type, registry);
  }
}
