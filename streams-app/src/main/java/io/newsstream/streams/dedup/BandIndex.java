package io.newsstream.streams.dedup;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.dedup.Sketch;
import io.newsstream.schema.dedup.BandMember;
import io.newsstream.schema.dedup.DedupMatch;
import io.newsstream.schema.dedup.DedupSignal;
import io.newsstream.schema.dedup.DedupSignalKind;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One shard of the LSH index. Input is keyed by band key (band number and the hash of that band's
 * rows of the MinHash sketch) and repartitioned, so every band key lives on one partition and no
 * instance holds the whole index. For each article filed under a band key it compares the members
 * already there, and tells the verdict of the article, keyed by its id, what it found: one
 * {@code BAND_ANSWERED} per band (the verdict waits for all of them), and one {@code EARLIER_MATCH}
 * to every member the newcomer ranks before (that member's verdict may have to change).
 *
 * <p>A pair of near-duplicates usually shares several bands; it is judged only in the lowest band
 * number they share, so each pair is reported once however many bands it shares.
 */
public final class BandIndex implements Processor<String, BandMember, String, DedupSignal> {
  /** Band key → the articles filed under it (several per key: a window store that keeps duplicates). */
  public static final String MEMBERS = "dedup-band-members";
  /**
   * Article id → its sketch, once per partition rather than once per band: the members store
   * would otherwise hold every sketch as many times as there are bands.
   */
  public static final String SKETCHES = "dedup-sketches";

  private final NearDuplicateDetector detector;
  private final RetentionWindow window;
  private ProcessorContext<String, DedupSignal> context;
  private WindowStore<String, BandMember> members;
  private WindowStore<String, byte[]> sketches;

  public BandIndex(NearDuplicateDetector detector, Duration retention) {
    this.detector = detector;
    this.window = new RetentionWindow(retention);
  }

  public static StoreBuilder<WindowStore<String, BandMember>> membersStore(Duration retention, Serde<BandMember> serde) {
    return RetentionWindow.store(MEMBERS, retention, true, serde);
  }

  public static StoreBuilder<WindowStore<String, byte[]>> sketchesStore(Duration retention) {
    // Cached: each of an article's bands on this partition files the same sketch again.
    return RetentionWindow.store(SKETCHES, retention, false, Serdes.ByteArray()).withCachingEnabled();
  }

  @Override
  public void init(ProcessorContext<String, DedupSignal> context) {
    this.context = context;
    this.members = context.getStateStore(MEMBERS);
    this.sketches = context.getStateStore(SKETCHES);
  }

  @Override
  public void process(Record<String, BandMember> record) {
    String bandKey = record.key();
    BandMember newcomer = record.value();
    long time = record.timestamp();
    Sketch sketch = Sketch.fromBytes(newcomer.getSketch().array());
    Rank newcomerRank = new Rank(newcomer.getEventTime().toEpochMilli(), newcomer.getArticleId());
    sketches.put(newcomer.getArticleId(), newcomer.getSketch().array(), time);

    DedupMatch earliest = null;
    boolean filed = false;
    Set<String> seen = new HashSet<>();
    try (WindowStoreIterator<BandMember> filedHere = members.fetch(bandKey, window.from(time), window.to(time))) {
      while (filedHere.hasNext()) {
        BandMember member = filedHere.next().value;
        if (member.getArticleId().equals(newcomer.getArticleId())) {
          // A re-sent article: filed already, and no duplicate of itself.
          filed |= member.getFingerprint().equals(newcomer.getFingerprint());
          continue;
        }
        if (!seen.add(member.getArticleId() + member.getFingerprint())) {
          continue;
        }
        DedupMatch match = judge(bandKey, sketch, member, time);
        if (match == null) {
          continue;
        }
        if (Rank.of(match).before(newcomerRank)) {
          if (earliest == null || Rank.of(match).before(Rank.of(earliest))) {
            earliest = match;
          }
        } else {
          // The newcomer ranks first: the member, decided already or not, is its duplicate.
          DedupMatch newcomerAsMatch = Signals.match(newcomer.getArticleId(), newcomer.getEventTime(),
              newcomer.getFingerprint(), match.getSimilarity());
          forward(member.getArticleId(), DedupSignalKind.EARLIER_MATCH, member.getFingerprint(), newcomerAsMatch, time);
        }
      }
    }
    if (!filed) {
      members.put(bandKey, BandMember.newBuilder(newcomer).setSketch(null).build(), time);
    }
    forward(newcomer.getArticleId(), DedupSignalKind.BAND_ANSWERED, newcomer.getFingerprint(), earliest, time);
  }

  /** The member as a match of the newcomer, or null: not near enough, or judged in another band. */
  private DedupMatch judge(String bandKey, Sketch sketch, BandMember member, long time) {
    Sketch other = latestSketch(member.getArticleId(), time);
    if (other == null) {
      return null;
    }
    OptionalDouble similarity = detector.similarityIfDuplicate(sketch, other);
    if (similarity.isEmpty() || !bandKey.equals(firstSharedBand(sketch, other))) {
      return null;
    }
    return Signals.match(member.getArticleId(), member.getEventTime(), member.getFingerprint(),
        similarity.getAsDouble());
  }

  private String firstSharedBand(Sketch a, Sketch b) {
    List<String> aKeys = detector.bandKeys(a);
    List<String> bKeys = detector.bandKeys(b);
    for (int band = 0; band < aKeys.size(); band++) {
      if (aKeys.get(band).equals(bKeys.get(band))) {
        return aKeys.get(band);
      }
    }
    return null;
  }

  /** The member's sketch; the latest, should its id have been re-sent with a corrected text. */
  private Sketch latestSketch(String articleId, long time) {
    byte[] latest = null;
    try (WindowStoreIterator<byte[]> stored = sketches.fetch(articleId, window.from(time), window.to(time))) {
      while (stored.hasNext()) {
        latest = stored.next().value;
      }
    }
    return latest == null ? null : Sketch.fromBytes(latest);
  }

  private void forward(String articleId, DedupSignalKind kind, String fingerprint, DedupMatch match, long time) {
    context.forward(new Record<>(articleId, Signals.signal(kind, fingerprint, match, time), time));
  }
}
