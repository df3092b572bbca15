package io.newsstream.streams.dedup;

import io.newsstream.schema.DuplicateKind;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.RawArticle;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Exact de-duplication: the first article with a fingerprint is canonical, every later one within
 * the retention period is its duplicate. Input is keyed by fingerprint (so equal texts meet here),
 * output by article id.
 *
 * <p>A window store, not a key-value store with a punctuator that deletes old entries: the store
 * drops whole segments once they are older than the retention period, so its size is bounded by
 * the articles of that period and clean-up costs nothing per record.
 */
public final class ExactDeduplicator implements Processor<String, RawArticle, String, DedupVerdict> {
  /** Fingerprint to the canonical article's id, at the canonical article's event time. */
  public static final String STORE = "dedup-fingerprints";

  private final long retentionMs;
  private ProcessorContext<String, DedupVerdict> context;
  private WindowStore<String, String> canonicalIds;

  public ExactDeduplicator(Duration retention) {
    this.retentionMs = retention.toMillis();
  }

  /**
   * The store: windows as long as the retention period, because the only question asked is "was
   * this fingerprint seen within the retention period of this record's event time", answered by a
   * fetch over that range; no duplicates retained, one canonical id per fingerprint and time.
   */
  public static StoreBuilder<WindowStore<String, String>> storeBuilder(Duration retention) {
    return Stores.windowStoreBuilder(
        Stores.persistentWindowStore(STORE, retention, retention, false), Serdes.String(), Serdes.String());
  }

  @Override
  public void init(ProcessorContext<String, DedupVerdict> context) {
    this.context = context;
    this.canonicalIds = context.getStateStore(STORE);
  }

  @Override
  public void process(Record<String, RawArticle> record) {
    String fingerprint = record.key();
    RawArticle article = record.value();
    String canonicalId = canonicalId(fingerprint, record.timestamp());
    DuplicateNotice notice = null;
    if (canonicalId == null) {
      canonicalIds.put(fingerprint, article.getId(), record.timestamp());
    } else {
      // A re-sent article (same id as the canonical one) is a duplicate of itself: every input gets
      // exactly one verdict, and the article was already published once.
      notice = notice(article, fingerprint, canonicalId);
    }
    context.forward(record.withKey(article.getId()).withValue(new DedupVerdict(fingerprint, article, notice)));
  }

  /** The earliest canonical id of the fingerprint within the retention period around the event time. */
  private String canonicalId(String fingerprint, long eventTime) {
    long from = Math.max(0, eventTime - retentionMs + 1);
    long to = eventTime + retentionMs - 1;
    try (WindowStoreIterator<String> seen = canonicalIds.fetch(fingerprint, from, to)) {
      return seen.hasNext() ? seen.next().value : null;
    }
  }

  private DuplicateNotice notice(RawArticle article, String fingerprint, String canonicalId) {
    return DuplicateNotice.newBuilder()
        .setDuplicateId(article.getId())
        .setCanonicalId(canonicalId)
        .setSimilarity(1.0)
        .setKind(DuplicateKind.EXACT)
        .setSource(article.getSource())
        .setUrl(article.getUrl())
        .setFingerprint(fingerprint)
        .setDetectedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .build();
  }
}
