package io.newsstream.streams.topology;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.enrich.Enricher;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.dedup.DedupResult;
import io.newsstream.streams.dedup.Deduplication;
import io.newsstream.streams.enrich.EnrichArticle;
import io.newsstream.streams.enrich.DetectLanguage;
import io.newsstream.language.LanguageDetector;
import io.newsstream.streams.validate.ArticleValidator;
import io.newsstream.streams.validate.ValidateAndClean;
import io.newsstream.streams.validate.Validated;
import io.newsstream.streams.views.SessionViews;
import io.newsstream.text.TextCleaner;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

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
  public static final String DETECT_LANGUAGE = "detect-language";
  public static final String ENRICH = "enrich";
  /**
   * Messages between the partitions of de-duplication (sketches, answers, chains of copies) go
   * through {@code <application.id>} plus this topic: a loop in the topology, which Kafka Streams
   * builds only through a topic of one's own. {@link #linksTopic} names it; the app creates it with
   * the partitions of the raw topic, so that a message keyed by an article id reaches the partition
   * that article lives on.
   */
  public static final String LINKS_SUFFIX = "-dedup-links";

  private static final Serde<String> IDS = Serdes.String();

  private final SchemaRegistryClient registry;
  private final LanguageDetector detector;
  private final Enricher enricher;
  private final NearDuplicateDetector nearDuplicates;
  private final Duration dedupRetention;
  private final int partitions;

  /**
   * The detector and the enricher load models and dictionaries: build them once and share them.
   *
   * @param partitions of news.raw.v1 (and so of the links topic): de-duplication shares the LSH
   *     bands out among them
   */
  public NewsTopology(SchemaRegistryClient registry, LanguageDetector detector, Enricher enricher,
      NearDuplicateDetector nearDuplicates, Duration dedupRetention, int partitions) {
    this.registry = registry;
    this.detector = detector;
    this.enricher = enricher;
    this.nearDuplicates = nearDuplicates;
    this.dedupRetention = dedupRetention;
    this.partitions = partitions;
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

    // De-duplication, exact and near (MinHash/LSH), behind one typed result per article: unique,
    // a duplicate's notice, or the retraction of an earlier verdict. See Deduplication for inside.
    Map<String, KStream<String, DedupResult>> verdicts =
        new Deduplication(nearDuplicates, registry, linksTopic(streamsConfig), partitions, dedupRetention,
                Deduplication.DEFAULT_MAX_WAIT)
            .addTo(builder, validated.get("validate-accepted"))
            .split(Named.as("verdict-"))
            .branch((id, v) -> v instanceof DedupResult.Notice, Branched.as("notice"))
            .branch((id, v) -> v instanceof DedupResult.ArticleRetracted, Branched.as("retract-article"))
            .branch((id, v) -> v instanceof DedupResult.NoticeRetracted, Branched.as("retract-notice"))
            .defaultBranch(Branched.as("unique"));
    Produced<String, DuplicateNotice> toDuplicates = Produced.with(IDS, avro(DuplicateNotice.class));
    Produced<String, EnrichedArticle> toArticles = Produced.with(IDS, avro(EnrichedArticle.class));
    verdicts
        .get("verdict-notice")
        .mapValues(v -> ((DedupResult.Notice) v).notice(), Named.as("duplicate-notice"))
        .to(Topics.DUPLICATES, toDuplicates.withName("duplicates-out"));
    // A tombstone withdraws what was published under the id: consumers reading the topic as a
    // table (the views among them) drop it, so nothing is counted twice.
    verdicts
        .get("verdict-retract-article")
        .mapValues(v -> (EnrichedArticle) null, Named.as("article-tombstone"))
        .to(Topics.ARTICLES, toArticles.withName("articles-retracted"));
    verdicts
        .get("verdict-retract-notice")
        .mapValues(v -> (DuplicateNotice) null, Named.as("notice-tombstone"))
        .to(Topics.DUPLICATES, toDuplicates.withName("duplicates-retracted"));

    // Language detection on unique articles, which become EnrichedArticles keyed by id; then
    // enrichment, which reads the language.
    verdicts
        .get("verdict-unique")
        .mapValues(v -> (DedupResult.Unique) v, Named.as("unique-article"))
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

  private <T extends SpecificRecord> Serde<T> avro(Class<T> type) {
    // The app registers its output schemas itself: it is the writer of its topics.
    return AvroSerdes.writtenValues(type, registry);
  }
}
