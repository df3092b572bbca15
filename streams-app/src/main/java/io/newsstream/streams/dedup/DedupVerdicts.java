package io.newsstream.streams.dedup;

import io.newsstream.schema.DuplicateKind;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.dedup.DedupMatch;
import io.newsstream.schema.dedup.DedupSignal;
import io.newsstream.schema.dedup.DedupSignalKind;
import io.newsstream.schema.dedup.DedupState;
import io.newsstream.schema.dedup.DedupVerdictKind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Keeps the de-duplication verdict of each article, keyed by article id. The article arrives first
 * (and waits here); then one answer per LSH band; once every band has answered, the article is
 * unique, or a duplicate of the earliest-ranked article it matches. A match found later, when an
 * earlier-ranked copy arrives after it, changes the verdict: a published article is retracted and
 * becomes a duplicate. So each article ends with one verdict, the one the ranking gives, whatever
 * order its copies arrive in.
 *
 * <p>Exact duplicates need no path of their own: equal texts have equal sketches, so they meet in
 * every band; equal fingerprints make the notice EXACT. A record re-sent under an id already here
 * with the same text is a duplicate of the article's current verdict; with another text it is a
 * correction and is judged again.
 *
 * <p>Copies form chains: C may match only B, itself a copy of A (a story updated through the day,
 * each version close to the one before). So that every notice names the story's canonical article,
 * a duplicate FOLLOWs the article it names: that article answers with its own canonical if it has
 * one, and tells its followers whenever its canonical changes (an earlier copy arrived, or it was
 * retracted). The answer is an EARLIER_MATCH, judged like any other: a canonical only ever moves to
 * an earlier-ranked copy, so chains end. These signals go to other articles' verdicts through the
 * links topic ({@code <application.id>-dedup-links}), partitioned like dedup-by-article.
 */
public final class DedupVerdicts implements Processor<String, DedupSignal, String, DedupOutcome> {
  /** Article id → its {@link DedupState}, filed at its first arrival, kept for the retention period. */
  public static final String STORE = "dedup-verdicts";
  /**
   * Article id and fingerprint → the duplicates that name that version of it as canonical (several
   * per key), told when its canonical changes. Keyed by version: a rewritten text is another story,
   * and those who followed the old one are not redirected by what the new one turns out to copy.
   */
  public static final String FOLLOWERS = "dedup-followers";

  private final int bands;
  private final RetentionWindow window;
  private ProcessorContext<String, DedupOutcome> context;
  private WindowStore<String, DedupState> verdicts;
  private WindowStore<String, DedupMatch> followers;

  public DedupVerdicts(int bands, Duration retention) {
    this.bands = bands;
    this.window = new RetentionWindow(retention);
  }

  /**
   * Cached: an article's state is written once per band answer (32 times, with its text until
   * decided), and the cache keeps only the latest of those for RocksDB and the changelog at commit.
   */
  public static StoreBuilder<WindowStore<String, DedupState>> storeBuilder(Duration retention, Serde<DedupState> serde) {
    return RetentionWindow.store(STORE, retention, false, serde).withCachingEnabled();
  }

  public static StoreBuilder<WindowStore<String, DedupMatch>> followersStore(Duration retention, Serde<DedupMatch> serde) {
    return RetentionWindow.store(FOLLOWERS, retention, true, serde);
  }

  @Override
  public void init(ProcessorContext<String, DedupOutcome> context) {
    this.context = context;
    this.verdicts = context.getStateStore(STORE);
    this.followers = context.getStateStore(FOLLOWERS);
  }

  @Override
  public void process(Record<String, DedupSignal> record) {
    String id = record.key();
    DedupSignal signal = record.value();
    DedupState state = load(id, record.timestamp());
    switch (signal.getKind()) {
      case ARTICLE -> arrived(record, state);
      case BAND_ANSWERED -> bandAnswered(record, state);
      case EARLIER_MATCH -> earlierMatch(record, state);
      case FOLLOW -> follow(record, state);
    }
  }

  private void arrived(Record<String, DedupSignal> record, DedupState state) {
    DedupSignal signal = record.value();
    RawArticle article = signal.getArticle();
    if (state != null && state.getFingerprint().equals(signal.getFingerprint())) {
      // Re-sent: the article has its verdict (or will have); the copy is a duplicate of where it
      // stands: of the article itself, or of the article's canonical.
      DuplicateNotice notice = state.getCanonical() == null
          ? notice(article.getId(), article.getSource(), article.getUrl(), signal.getFingerprint(),
              article.getId(), 1.0, true)
          : notice(article.getId(), article.getSource(), article.getUrl(), state);
      emit(record, DedupOutcome.notice(notice));
      return;
    }
    if (record.timestamp() <= context.currentStreamTimeMs() - window.millis()) {
      // Older than the retention period: the stores no longer keep that time, so nothing could be
      // compared with it, nor its verdict kept. Like copies further apart than the period, unique.
      emit(record, DedupOutcome.publish(article, signal.getFingerprint()));
      return;
    }
    // New, or a corrected text under a known id: judged afresh, remembering what is published.
    DedupState fresh = DedupState.newBuilder()
        .setFingerprint(signal.getFingerprint())
        .setEventTime(signal.getEventTime())
        .setStoredAt(Instant.ofEpochMilli(state == null ? record.timestamp() : state.getStoredAt().toEpochMilli()))
        .setSource(article.getSource())
        .setUrl(article.getUrl())
        .setBandsAnswered(0)
        .setArticle(article)
        .setVerdict(DedupVerdictKind.PENDING)
        .setPublished(state != null && state.getPublished())
        .setCanonical(null)
        .build();
    if (state != null && state.getVerdict() == DedupVerdictKind.DUPLICATE) {
      // The old text's notice goes; the corrected text gets its own verdict.
      emit(record, DedupOutcome.retract(DedupOutcome.Action.RETRACT_NOTICE));
    }
    save(record.key(), fresh);
  }

  private void bandAnswered(Record<String, DedupSignal> record, DedupState state) {
    if (!concernsCurrentVersion(state, record.value()) || state.getVerdict() != DedupVerdictKind.PENDING) {
      return;
    }
    state.setBandsAnswered(state.getBandsAnswered() + 1);
    consider(state, record.key(), record.value().getMatch());
    if (state.getBandsAnswered() >= bands) {
      decide(record, state);
    }
    save(record.key(), state);
  }

  private void earlierMatch(Record<String, DedupSignal> record, DedupState state) {
    if (!concernsCurrentVersion(state, record.value()) || !consider(state, record.key(), record.value().getMatch())) {
      return;
    }
    switch (state.getVerdict()) {
      case PENDING -> { } // the bands still to answer decide
      case UNIQUE -> {
        // An earlier-ranked copy arrived late: this one was published and is a duplicate after all.
        state.setVerdict(DedupVerdictKind.DUPLICATE);
        state.setPublished(false);
        emit(record, DedupOutcome.retract(DedupOutcome.Action.RETRACT_ARTICLE));
        emit(record, DedupOutcome.notice(notice(record.key(), state)));
        canonicalChanged(record, state);
      }
      case DUPLICATE -> {
        emit(record, DedupOutcome.notice(notice(record.key(), state)));
        canonicalChanged(record, state);
      }
    }
    save(record.key(), state);
  }

  /** A duplicate names this article as canonical: it hears of this one's canonical now and on every change. */
  private void follow(Record<String, DedupSignal> record, DedupState state) {
    if (!concernsCurrentVersion(state, record.value())) {
      return; // the version it named was replaced, or is past its retention: nothing left to follow
    }
    DedupMatch follower = record.value().getMatch();
    followers.put(followersKey(record.key(), state), follower, record.timestamp());
    if (state.getVerdict() == DedupVerdictKind.DUPLICATE) {
      redirect(record, follower, state.getCanonical());
    }
  }

  private static String followersKey(String id, DedupState state) {
    return id + "@" + state.getFingerprint();
  }

  /**
   * This duplicate's canonical is new: it follows that one, and its own followers move on to it.
   * The followers' similarity stays the one to the copy they matched: no sketch is at hand here to
   * estimate another.
   */
  private void canonicalChanged(Record<String, DedupSignal> record, DedupState state) {
    DedupMatch canonical = state.getCanonical();
    DedupMatch self =
        Signals.match(record.key(), state.getEventTime(), state.getFingerprint(), canonical.getSimilarity());
    emit(record, DedupOutcome.link(canonical.getArticleId(),
        Signals.signal(DedupSignalKind.FOLLOW, canonical.getFingerprint(), self, record.timestamp())));
    Set<String> told = new HashSet<>();
    try (WindowStoreIterator<DedupMatch> following = followers.fetch(followersKey(record.key(), state),
        window.from(record.timestamp()), window.to(record.timestamp()))) {
      while (following.hasNext()) {
        DedupMatch follower = following.next().value;
        if (told.add(follower.getArticleId() + follower.getFingerprint())) {
          redirect(record, follower, canonical);
        }
      }
    }
  }

  /** Tells a follower that the article it names is a copy of {@code canonical}. */
  private void redirect(Record<String, DedupSignal> record, DedupMatch follower, DedupMatch canonical) {
    DedupMatch earlier = DedupMatch.newBuilder(canonical).setSimilarity(follower.getSimilarity()).build();
    emit(record, DedupOutcome.link(follower.getArticleId(),
        Signals.signal(DedupSignalKind.EARLIER_MATCH, follower.getFingerprint(), earlier, record.timestamp())));
  }

  private void decide(Record<String, DedupSignal> record, DedupState state) {
    if (state.getCanonical() == null) {
      state.setVerdict(DedupVerdictKind.UNIQUE);
      state.setPublished(true);
      emit(record, DedupOutcome.publish(state.getArticle(), state.getFingerprint()));
    } else {
      state.setVerdict(DedupVerdictKind.DUPLICATE);
      if (state.getPublished()) {
        // A corrected text that turned out a duplicate: its earlier version is withdrawn.
        state.setPublished(false);
        emit(record, DedupOutcome.retract(DedupOutcome.Action.RETRACT_ARTICLE));
      }
      emit(record, DedupOutcome.notice(notice(record.key(), state)));
      canonicalChanged(record, state);
    }
    // Decided: the text is no longer needed here.
    state.setArticle(null);
  }

  /** Takes the match as canonical when it ranks before the article and its canonical so far. */
  private static boolean consider(DedupState state, String id, DedupMatch match) {
    if (match == null || match.getArticleId().equals(id)) {
      return false; // an article is no duplicate of itself, whatever a correction did to its time
    }
    Rank current = state.getCanonical() == null
        ? new Rank(state.getEventTime().toEpochMilli(), id)
        : Rank.of(state.getCanonical());
    if (!Rank.of(match).before(current)) {
      return false;
    }
    state.setCanonical(match);
    return true;
  }

  /** Signals about a replaced text, or about an article past its retention, change nothing. */
  private static boolean concernsCurrentVersion(DedupState state, DedupSignal signal) {
    return state != null && state.getFingerprint().equals(signal.getFingerprint());
  }

  private DuplicateNotice notice(String id, DedupState state) {
    return notice(id, state.getSource(), state.getUrl(), state);
  }

  private DuplicateNotice notice(String id, String source, String url, DedupState state) {
    DedupMatch canonical = state.getCanonical();
    return notice(id, source, url, state.getFingerprint(), canonical.getArticleId(),
        canonical.getSimilarity(), canonical.getFingerprint().equals(state.getFingerprint()));
  }

  private DuplicateNotice notice(String id, String source, String url, String fingerprint, String canonicalId,
      double similarity, boolean exact) {
    return DuplicateNotice.newBuilder()
        .setDuplicateId(id)
        .setCanonicalId(canonicalId)
        .setSimilarity(exact ? 1.0 : similarity)
        .setKind(exact ? DuplicateKind.EXACT : DuplicateKind.NEAR)
        .setSource(source)
        .setUrl(url)
        .setFingerprint(fingerprint)
        .setDetectedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .build();
  }

  private void emit(Record<String, DedupSignal> record, DedupOutcome outcome) {
    context.forward(record.withValue(outcome));
  }

  private DedupState load(String id, long time) {
    DedupState latest = null;
    try (WindowStoreIterator<DedupState> stored = verdicts.fetch(id, window.from(time), window.to(time))) {
      while (stored.hasNext()) {
        latest = stored.next().value;
      }
    }
    return latest;
  }

  private void save(String id, DedupState state) {
    verdicts.put(id, state, state.getStoredAt().toEpochMilli());
  }
}
