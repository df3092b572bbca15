package io.newsstream.streams.topology;

import io.newsstream.enrich.Enricher;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.dedup.DedupVerdict;
import io.newsstream.streams.dedup.ExactDeduplicator;
import io.newsstream.streams.enrich.EnrichArticle;
import io.newsstream.streams.language.DetectLanguage;
import io.newsstream.streams.language.LanguageDetector;
import io.newsstream.streams.validate.ArticleValidator;
import io.newsstream.streams.validate.ValidateAndClean;
import io.newsstream.streams.validate.Validated;
import io.newsstream.text.TextCleaner;
import java.time.Duration;
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
 * The newsstream topology: raw articles in; unique, cleaned, language-tagged, enriched articles, duplicate
 * notices and rejects out. Every input gets exactly one verdict: an article, a duplicate notice or
 * a reject.
 *
 * <p>Every processor, store and internal topic is named, so the topology can change without
 * renaming state or repartition topics under a running app (which would lose their data).
 */
public final class NewsTopology {
  public static final String SOURCE = "raw-articles";
  public static final String VALIDATE = "validate-and-clean";
  public static final String DEDUP = "dedup-exact";
  public static final String DETECT_LANGUAGE = "detect-language";
  public static final String ENRICH = "enrich";
  /** Its topic is {@code <application.id>-dedup-by-fingerprint-repartition}. */
  public static final String BY_FINGERPRINT = "dedup-by-fingerprint";

  private static final Serde<String> IDS = Serdes.String();

  private final SchemaRegistryClient registry;
  private final LanguageDetector detector;
  private final Enricher enricher;
  private final Duration dedupRetention;

  /** The detector and the enricher load models and dictionaries: build them once and share them. */
  public NewsTopology(SchemaRegistryClient registry, LanguageDetector detector, Enricher enricher,
      Duration dedupRetention) {
    this.registry = registry;
    this.detector = detector;
    this.enricher = enricher;
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

    // Equal texts may arrive under different ids, on different partitions: re-key by fingerprint
    // and repartition, so that all copies of a text meet in one task and its store.
    KStream<String, RawArticle> byFingerprint =
        validated
            .get("validate-accepted")
            .map((id, v) -> KeyValue.pair(v.fingerprint(), v.article()), Named.as("key-by-fingerprint"))
            .repartition(Repartitioned.with(IDS, raw).withName(BY_FINGERPRINT));

    // Exact de-duplication over a window store with retention: the first copy is canonical, later
    // ones get a notice keyed by their own id. Before language detection, so duplicates cost no
    // detection, the most expensive step.
    builder.addStateStore(ExactDeduplicator.storeBuilder(dedupRetention));
    Map<String, KStream<String, DedupVerdict>> verdicts =
        byFingerprint
            .process(() -> new ExactDeduplicator(dedupRetention), Named.as(DEDUP), ExactDeduplicator.STORE)
            .split(Named.as("dedup-"))
            .branch((id, v) -> v.isDuplicate(), Branched.as("duplicate"))
            .defaultBranch(Branched.as("unique"));
    verdicts
        .get("dedup-duplicate")
        .mapValues(DedupVerdict::duplicateOf, Named.as("duplicate-notice"))
        .to(Topics.DUPLICATES, Produced.with(IDS, avro(DuplicateNotice.class)).withName("duplicates-out"));

    // Language detection on unique articles, which become EnrichedArticles keyed by id; then
    // enrichment, which reads the language.
    verdicts
        .get("dedup-unique")
        .processValues(() -> new DetectLanguage(detector), Named.as(DETECT_LANGUAGE))
        .processValues(() -> new EnrichArticle(enricher), Named.as(ENRICH))
        .to(Topics.ARTICLES, Produced.with(IDS, avro(EnrichedArticle.class)).withName("articles-out"));

    return builder.build(streamsConfig);
  }

  private <T extends SpecificRecord> Serde<T> avro(Class<T> type) {
    // The app registers its output schemas itself: it is the writer of its topics.
    return AvroSerdes.forClass(type, registry, false, true);
  }
}
