package io.newsstream.streams.enrich;

import io.newsstream.language.Detection;
import io.newsstream.language.LanguageDetector;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.streams.dedup.DedupResult;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Detects the language, script and language shares of a unique article and makes it an {@link
 * EnrichedArticle}. The enrichment fields that later stages decide (session, people, ...) stay
 * null: null means "not decided", and no stage pretends otherwise.
 */
public final class DetectLanguage implements FixedKeyProcessor<String, DedupResult.Unique, EnrichedArticle> {
  private final LanguageDetector detector;
  private FixedKeyProcessorContext<String, EnrichedArticle> context;

  public DetectLanguage(LanguageDetector detector) {
    this.detector = detector;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, DedupResult.Unique> record) {
    RawArticle article = record.value().article();
    Detection detection = detector.detect(article.getText());
    EnrichedArticle enriched =
        EnrichedArticle.newBuilder()
            .setId(article.getId())
            .setUrl(article.getUrl())
            .setSource(article.getSource())
            .setTitle(article.getTitle())
            .setText(article.getText())
            .setFingerprint(record.value().fingerprint())
            .setPublishedAt(article.getPublishedAt())
            .setFetchedAt(article.getFetchedAt())
            .setProcessedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
            .setLanguage(detection.language())
            .setLanguageConfidence(detection.confidence())
            .setScript(detection.script())
            .setLanguageShares(detection.shares())
            .setMetadata(article.getMetadata())
            .build();
    context.forward(record.withValue(enriched));
  }
}
