package io.newsstream.streams.topology;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.dedup.Sketch;
import io.newsstream.enrich.Enricher;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.schema.dedup.BandMember;
import io.newsstream.schema.dedup.DedupMatch;
import io.newsstream.schema.dedup.DedupSignal;
import io.newsstream.schema.dedup.DedupSignalKind;
import io.newsstream.schema.dedup.DedupState;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.dedup.BandIndex;
import io.newsstream.streams.dedup.DedupOutcome;
import io.newsstream.streams.dedup.DedupOutcome.Action;
import io.newsstream.streams.dedup.DedupVerdicts;
import io.newsstream.streams.dedup.Rank;
import io.newsstream.streams.enrich.EnrichArticle;
import io.newsstream.streams.language.DetectLanguage;
import io.newsstream.streams.language.LanguageDetector;
import io.newsstream.streams.validate.ArticleValidator;
import io.newsstream.streams.validate.ValidateAndClean;
import io.newsstream.streams.validate.Validated;
import io.newsstream.streams.views.SessionViews;
import io.newsstream.text.TextCleaner;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The newsstream topology: raw articles in; unique, cleaned, language-tagged, enriched articles,
 * duplicate notices and rejects out, and the views read back from them. Every input ends with
 * exactly one verdict: an article, a duplicate notice or a reject (an article published before an
 * earlier copy arrived is retracted, and its notice is then its verdict).
 *
 * <p>Every processor, store and internal topic is named, so the topology can change without
 * renaming state or repartition topics under a running app (which would lose their data).
 */
public final class NewsTopology {
  public static final String SOURCE = "raw-articles";
  public static final String VALIDATE = "validate-and-clean";
  public static final String DEDUP_BANDS = "dedup-band-index";
  public static final String DEDUP_VERDICTS = "dedup-verdicts";
  public static final String DETECT_LANGUAGE = "detect-language";
  public static final String ENRICH = "enrich";
  /** Its topic is {@code <application.id>-dedup-by-band-repartition}. */
  public static final String BY_BAND = "dedup-by-band";
  /** Its topic is {@code <application.id>-dedup-by-article-repartition}. */
  public static final String BY_ARTICLE = "dedup-by-article";
  /**
   * Signals between verdicts along chains of copies go through {@code <application.id>} plus this
   * topic: a loop in the topology, which Kafka Streams builds only through a topic of one's own.
   * {@link #linksTopic} names it; the app creates it with the partitions of the raw topic, so that
   * an article's signals reach the partition its verdict is on, as through dedup-by-article.
   */
  public static final String LINKS_SUFFIX = "-dedup-links";

  private static final Serde<String> IDS = Serdes.String();

  private final SchemaRegistryClient registry;
  private final LanguageDetector detector;
  private final Enricher enricher;
  private final NearDuplicateDetector nearDuplicates;
  private final Duration dedupRetention;

  /** The detector and the enricher load models and dictionaries: build them once and share them. */
  public NewsTopology(SchemaRegistryClient registry, LanguageDetector detector, Enricher enricher,
      NearDuplicateDetector nearDuplicates, Duration dedupRetention) {
    this.registry = registry;
    this.detector = detector;
    this.enricher = enricher;
    this.nearDuplicates = nearDuplicates;
    this.dedupRetention = dedupRetention;
  }

  /**
   * Builds the topology with the app's streams configuration, which decides topology-level
   * settings, among them {@code ensure.explicit.internal.resource.naming}: with it, a store or
   * internal topic left unnamed fails here rather than in production.
   */
  public Topology build(Properties streamsConfig) {
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsConfig)));
    Serde<RawArticle> raw = avro(RawArticle.class);
    // Both immutable and thread-safe: one for all tasks.
    ArticleValidator validator = new ArticleValidator(ArticleValidator.DEFAULT_MAX_TEXT_BYTES);
    TextCleaner cleaner = new TextCleaner();

    KStream<String, RawArticle> articles =
        builder.stream(Topics.RAW, Consumed.with(IDS, raw).withName(SOURCE));

    // Validate before spending work: a record no stage can use goes to the DLQ with the reason.
    // Cleaning is part of it, since a text of nothing but site chrome is as empty as a blank one.
    Map<String, KStream<String, Validated>> validated =
        articles
            .processValues(() -> new ValidateAndClean(VALIDATE, validator, cleaner), Named.as(VALIDATE))
            .split(Named.as("validate-"))
            .branch((id, v) -> v.isRejected(), Branched.as("rejected"))
            .defaultBranch(Branched.as("accepted"));
    validated
        .get("validate-rejected")
        .mapValues(Validated::rejection, Named.as("validate-rejection"))
        .to(Topics.DLQ, Produced.with(IDS, avro(RejectedInput.class)).withName("dlq-invalid"));

    // De-duplication, exact and near, by MinHash/LSH. Each article is sketched once and filed under
    // one key per LSH band; repartitioned by band key, each band's index lives on one partition
    // (the index is sharded: no instance holds all of it). What each band finds goes back, keyed by
    // article id, to the article's verdict, where the article itself waits for it.
    KStream<String, Validated> accepted = validated.get("validate-accepted");
    builder.addStateStore(BandIndex.membersStore(dedupRetention, avro(BandMember.class)));
    builder.addStateStore(BandIndex.sketchesStore(dedupRetention));
    KStream<String, DedupSignal> bandAnswers =
        accepted
            .flatMap((id, v) -> bandMembers(v), Named.as("dedup-sketch"))
            .repartition(Repartitioned.with(IDS, avro(BandMember.class)).withName(BY_BAND))
            .process(() -> new BandIndex(nearDuplicates, dedupRetention), Named.as(DEDUP_BANDS),
                BandIndex.MEMBERS, BandIndex.SKETCHES)
            .repartition(Repartitioned.with(IDS, avro(DedupSignal.class)).withName(BY_ARTICLE));

    builder.addStateStore(DedupVerdicts.storeBuilder(dedupRetention, avro(DedupState.class)));
    builder.addStateStore(DedupVerdicts.followersStore(dedupRetention, avro(DedupMatch.class)));
    String linksTopic = linksTopic(streamsConfig);
    Produced<String, DedupSignal> toLinks = Produced.with(IDS, avro(DedupSignal.class)).withName("dedup-links-out");
    KStream<String, DedupSignal> links =
        builder.stream(linksTopic, Consumed.with(IDS, avro(DedupSignal.class)).withName("dedup-links-in"));
    Map<String, KStream<String, DedupOutcome>> outcomes =
        accepted
            .mapValues(NewsTopology::arrival, Named.as("dedup-arrival"))
            .merge(bandAnswers, Named.as("dedup-signals"))
            .merge(links, Named.as("dedup-signals-and-links"))
            .process(() -> new DedupVerdicts(nearDuplicates.bands(), dedupRetention), Named.as(DEDUP_VERDICTS),
                DedupVerdicts.STORE, DedupVerdicts.FOLLOWERS)
            .split(Named.as("dedup-"))
            .branch((id, o) -> o.action() == Action.NOTICE, Branched.as("notice"))
            .branch((id, o) -> o.action() == Action.RETRACT_ARTICLE, Branched.as("retract-article"))
            .branch((id, o) -> o.action() == Action.RETRACT_NOTICE, Branched.as("retract-notice"))
            .branch((id, o) -> o.action() == Action.LINK, Branched.as("link"))
            .defaultBranch(Branched.as("unique"));
    outcomes
        .get("dedup-link")
        .map((id, o) -> KeyValue.pair(o.linkTo(), o.signal()), Named.as("dedup-link-to"))
        .to(linksTopic, toLinks);
    Produced<String, DuplicateNotice> toDuplicates = Produced.with(IDS, avro(DuplicateNotice.class));
    Produced<String, EnrichedArticle> toArticles = Produced.with(IDS, avro(EnrichedArticle.class));
    outcomes
        .get("dedup-notice")
        .mapValues(DedupOutcome::notice, Named.as("duplicate-notice"))
        .to(Topics.DUPLICATES, toDuplicates.withName("duplicates-out"));
    // A tombstone withdraws what was published under the id: consumers reading the topic as a
    // table (the views among them) drop it, so nothing is counted twice.
    outcomes
        .get("dedup-retract-article")
        .mapValues(o -> (EnrichedArticle) null, Named.as("article-tombstone"))
        .to(Topics.ARTICLES, toArticles.withName("articles-retracted"));
    outcomes
        .get("dedup-retract-notice")
        .mapValues(o -> (DuplicateNotice) null, Named.as("notice-tombstone"))
        .to(Topics.DUPLICATES, toDuplicates.withName("duplicates-retracted"));

    // Language detection on unique articles, which become EnrichedArticles keyed by id; then
    // enrichment, which reads the language.
    outcomes
        .get("dedup-unique")
        .processValues(() -> new DetectLanguage(detector), Named.as(DETECT_LANGUAGE))
        .processValues(() -> new EnrichArticle(enricher), Named.as(ENRICH))
        .to(Topics.ARTICLES, toArticles.withName("articles-out"));

    // The views read the output topics back as tables: what consumers see is what the views count,
    // retractions and corrections included.
    SessionViews.addTo(builder, registry);

    return builder.build(streamsConfig);
  }

  /** The links topic of the app with this configuration: {@code <application.id>-dedup-links}. */
  public static String linksTopic(Properties streamsConfig) {
    return streamsConfig.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + LINKS_SUFFIX;
  }

  /** The article under each of its LSH band keys, with its sketch. */
  private List<KeyValue<String, BandMember>> bandMembers(Validated accepted) {
    RawArticle article = accepted.article();
    Sketch sketch = nearDuplicates.sketch(article.getText());
    BandMember member = BandMember.newBuilder()
        .setArticleId(article.getId())
        .setEventTime(Rank.eventTimeOf(article))
        .setFingerprint(accepted.fingerprint())
        .setSketch(ByteBuffer.wrap(sketch.toBytes()))
        .build();
    return nearDuplicates.bandKeys(sketch).stream().map(key -> KeyValue.pair(key, member)).toList();
  }

  private static DedupSignal arrival(Validated accepted) {
    return DedupSignal.newBuilder()
        .setKind(DedupSignalKind.ARTICLE)
        .setFingerprint(accepted.fingerprint())
        .setArticle(accepted.article())
        .setEventTime(Rank.eventTimeOf(accepted.article()))
        .build();
  }

  private <T extends SpecificRecord> Serde<T> avro(Class<T> type) {
    // The app registers its output schemas itself: it is the writer of its topics.
    return AvroSerdes.forClass(type, registry, false, true);
  }
}
