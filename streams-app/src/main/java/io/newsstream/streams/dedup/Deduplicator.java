package io.newsstream.streams.dedup;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.dedup.ShingleFrequencies;
import io.newsstream.dedup.Sketch;
import io.newsstream.schema.DuplicateKind;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.RawArticle;
import io.newsstream.streams.dedup.VerdictRules.Arrival;
import io.newsstream.streams.dedup.VerdictRules.Effect;
import io.newsstream.streams.dedup.VerdictRules.Step;
import io.newsstream.streams.dedup.records.DedupMatch;
import io.newsstream.streams.dedup.records.DedupMessage;
import io.newsstream.streams.dedup.records.DedupMessageKind;
import io.newsstream.streams.dedup.records.DedupState;
import io.newsstream.streams.dedup.records.DedupVerdictKind;
import io.newsstream.streams.dedup.records.IndexedSketch;
import io.newsstream.streams.validate.Validated;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * De-duplication of one partition, in two roles at once.
 *
 * <p><b>Verdicts</b> of the articles whose id lives on this partition (their home): an article
 * arrives, is sketched once, and searched in the bands and anchors this partition owns; its sketch
 * goes once to each other partition that owns any of them; each answers once, and the verdict
 * ({@link VerdictRules}) is given when all have answered. A unique article costs a few records
 * whatever the number of bands and anchors: a sketch and an answer per other owning partition, its
 * sketch filed once on each, its verdict written when it arrives and when it is decided.
 *
 * <p><b>Index</b>: the bands and anchors this partition owns ({@link BandOwners}). Each sketch is
 * kept once, by article id (store {@value #SKETCHES}); the band → articles and anchor → articles
 * maps are in memory ({@link CandidateIndex}), rebuilt from those sketches at start, so no record is
 * written per key; so are the frequencies of their sampled shingles ({@link ShingleFrequencies}), by
 * which a reprint rule leaves boilerplate out. A full anchor ({@link
 * NearDuplicateDetector#ANCHOR_HOLDERS}) is a stock phrase, not searched. A pair sharing a band is
 * judged on the partition owning the lowest band they share, so it is judged once; a pair found
 * through anchors alone (a reprint at low Jaccard similarity) is judged where it is found, at most
 * once per partition, as a verdict takes the earliest match and the same match twice changes
 * nothing.
 *
 * <p>Copies form chains: a duplicate FOLLOWs the article it names, which answers with its own
 * canonical if it has one, and tells its followers whenever its canonical changes; the answer is an
 * EARLIER_MATCH, judged like any other, so canonicals only move earlier and chains end. All messages
 * between partitions go through the app's links topic, keyed by the article they are about.
 *
 * <p>Answers are counted in memory, and the verdict is stored only when an answer changes it: an
 * answer that found nothing writes nothing. A partition that starts with verdicts pending (after a
 * crash or a move to another instance) asks their bands' owners again.
 *
 * <p>A verdict always comes: an article whose answers have not all come within {@code maxWait}
 * (a partition's record failed and went to the DLQ, say) is decided on those that came, logged and
 * counted (metric {@code verdicts-forced-total}); a late answer is then judged as any later match.
 */
final class Deduplicator implements Processor<String, DedupInput, String, Emitted> {
  private static final Logger LOG = LoggerFactory.getLogger(Deduplicator.class);

  /** Article id → its {@link DedupState}, for the articles whose home is this partition. */
  static final String VERDICTS = "dedup-verdicts";
  /** Article id → its sketch, for the articles filed in this partition's bands. */
  static final String SKETCHES = "dedup-sketches";
  /**
   * Article id and fingerprint → the duplicates that name that version of it as canonical (several
   * per key), told when its canonical changes. Keyed by version: a rewritten text is another story.
   */
  static final String FOLLOWERS = "dedup-followers";

  private final NearDuplicateDetector detector;
  private final int partitions;
  private final RetentionWindow window;
  private final Duration maxWait;
  private final CandidateIndex bandIndex = new CandidateIndex(Integer.MAX_VALUE);
  /** Anchor → articles; a full anchor is a stock phrase, not searched. */
  private final CandidateIndex anchorIndex = new CandidateIndex(NearDuplicateDetector.ANCHOR_HOLDERS);
  /** How many of the sketches kept here hold each sampled shingle: boilerplate does not make a copy. */
  private final ShingleFrequencies frequencies = new ShingleFrequencies();
  /** Pending verdicts of this partition, with the answers still awaited (counted here, not stored). */
  private final Map<String, Waiting> waiting = new HashMap<>();
  /** Pending verdicts found at start: the answers counted before are lost with the memory, so ask again. */
  private final Map<String, Long> toAskAgain = new HashMap<>();
  private ProcessorContext<String, Emitted> context;
  private WindowStore<String, DedupState> verdicts;
  private WindowStore<String, IndexedSketch> sketches;
  private WindowStore<String, DedupMatch> followers;
  private Sensor forcedVerdicts;
  private int partition;

  /** A pending verdict: its request (when the wait began), the record time it is filed at, answers to come. */
  private static final class Waiting {
    final long request;
    final long recordTime;
    int remaining;

    Waiting(long request, long recordTime, int remaining) {
      this.request = request;
      this.recordTime = recordTime;
      this.remaining = remaining;
    }
  }

  Deduplicator(NearDuplicateDetector detector, int partitions, Duration retention, Duration maxWait) {
    this.detector = detector;
    this.partitions = partitions;
    this.window = new RetentionWindow(retention);
    this.maxWait = maxWait;
  }

  @Override
  public void init(ProcessorContext<String, Emitted> context) {
    this.context = context;
    this.verdicts = context.getStateStore(VERDICTS);
    this.sketches = context.getStateStore(SKETCHES);
    this.followers = context.getStateStore(FOLLOWERS);
    this.partition = context.taskId().partition();
    if (partition >= partitions) {
      throw new IllegalStateException("partition " + partition + " of " + partitions
          + ": the links topic and news.raw.v1 must have the partitions the app was started with");
    }
    forcedVerdicts = context.metrics().addRateTotalSensor("newsstream-dedup", context.taskId().toString(),
        "verdicts-forced", Sensor.RecordingLevel.INFO);
    // Stores are restored before processors start: what they hold is this partition's whole state.
    rebuildIndex();
    findWaiting();
    if (!toAskAgain.isEmpty()) {
      // Nothing can be sent from here: at the first punctuation.
      Cancellable[] once = new Cancellable[1];
      once[0] = context.schedule(Duration.ofMillis(1), PunctuationType.WALL_CLOCK_TIME, now -> {
        askAgain(now);
        once[0].cancel();
      });
    }
    context.schedule(checkEvery(maxWait), PunctuationType.WALL_CLOCK_TIME, this::endLongWaits);
    // Sketches past the retention leave the store with their segment; the index forgets them here.
    context.schedule(Duration.ofMillis(Math.max(60_000, window.millis() / 10)), PunctuationType.STREAM_TIME,
        streamTime -> rebuildIndex());
  }

  private static Duration checkEvery(Duration maxWait) {
    Duration quarter = maxWait.dividedBy(4);
    return quarter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : quarter;
  }

  @Override
  public void process(Record<String, DedupInput> record) {
    DedupInput input = record.value();
    if (input.arrival() != null) {
      arrived(record.key(), input.arrival(), record.timestamp());
      return;
    }
    DedupMessage message = input.message();
    switch (message.getKind()) {
      case SKETCH -> sketchReceived(record.key(), message, record.timestamp());
      case ANSWER -> answered(record.key(), message, record.timestamp());
      case EARLIER_MATCH -> apply(record.key(), VerdictRules.earlierMatch(record.key(),
          load(record.key(), record.timestamp()), message.getFingerprint(), message.getMatch()), record.timestamp());
      case FOLLOW -> follow(record.key(), message, record.timestamp());
    }
  }

  private void arrived(String id, Validated accepted, long time) {
    RawArticle article = accepted.article();
    String fingerprint = accepted.fingerprint();
    if (time <= context.currentStreamTimeMs() - window.millis()) {
      // Older than the retention period: the stores no longer keep that time, so nothing could be
      // compared with it, nor its verdict kept. Like copies further apart than the period, unique.
      emit(id, new DedupResult.Unique(article, fingerprint), time);
      return;
    }
    DedupState before = load(id, time);
    if (VerdictRules.isResent(before, fingerprint)) {
      // A duplicate of where the article stands, itself or its canonical.
      DuplicateNotice notice = before.getCanonical() == null
          ? notice(id, article.getSource(), article.getUrl(), fingerprint, id, 1.0, null, true)
          : notice(id, article.getSource(), article.getUrl(), before);
      emit(id, new DedupResult.Notice(notice), time);
      return;
    }
    Sketch sketch = detector.sketch(article.getText());
    List<String> bandKeys = detector.bandKeys(sketch);
    int[] anchors = detector.anchors(sketch);
    Instant eventTime = Rank.eventTimeOf(article);
    Set<Integer> others = BandOwners.owners(bandKeys, anchors, partitions);
    others.remove(partition);
    DedupMatch local = searchAndFile(id, fingerprint, eventTime, sketch, bandKeys, anchors, time);
    Arrival arrival = new Arrival(fingerprint, eventTime, time, article.getSource(), article.getUrl(), encode(article));
    Step step = VerdictRules.arrive(id, before, arrival, local, others.size(), context.currentSystemTimeMs());
    apply(id, step, time);
    if (!others.isEmpty()) {
      ask(id, step.state(), sketch, others, time);
    }
  }

  /** Sends the article's sketch to the other partitions owning its bands; the verdict waits for their answers. */
  private void ask(String id, DedupState state, Sketch sketch, Set<Integer> others, long time) {
    waiting.put(id, new Waiting(state.getPendingSince(), state.getStoredAt().toEpochMilli(), others.size()));
    send(id, DedupMessage.newBuilder()
        .setKind(DedupMessageKind.SKETCH)
        .setFingerprint(state.getFingerprint())
        .setEventTime(state.getEventTime())
        .setSketch(ByteBuffer.wrap(sketch.toBytes()))
        .setRequest(state.getPendingSince())
        .setTo(new ArrayList<>(others))
        .build(), time);
  }

  /**
   * An answer counts towards the verdict's wait if it answers the current request; one to a request
   * made before a restart only brings its match, if any.
   */
  private void answered(String id, DedupMessage answer, long time) {
    DedupState state = load(id, time);
    Waiting wait = waiting.get(id);
    boolean last = false;
    if (wait != null && state != null && answer.getRequest() == wait.request
        && answer.getFingerprint().equals(state.getFingerprint())) {
      wait.remaining--;
      last = wait.remaining <= 0;
    }
    apply(id, VerdictRules.answer(id, state, answer.getFingerprint(), answer.getMatch(), last), time);
  }

  /** Asks again for the answers of the verdicts that were pending when this partition started. */
  private void askAgain(long now) {
    toAskAgain.forEach((id, time) -> {
      DedupState state = load(id, time);
      if (state == null || state.getVerdict() != DedupVerdictKind.PENDING) {
        return;
      }
      Sketch sketch = detector.sketch(decode(state.getArticle()).getText());
      Set<Integer> others = BandOwners.owners(detector.bandKeys(sketch), detector.anchors(sketch), partitions);
      others.remove(partition);
      state.setPendingSince(now);
      state.setAnswersAwaited(others.size());
      verdicts.put(id, state, time);
      if (others.isEmpty()) {
        apply(id, VerdictRules.waitedTooLong(state), time);
      } else {
        ask(id, state, sketch, others, time);
      }
    });
    toAskAgain.clear();
  }

  /** Another partition's article, to search in and file under the bands and anchors this partition owns. */
  private void sketchReceived(String id, DedupMessage message, long time) {
    Sketch sketch = Sketch.fromBytes(bytes(message.getSketch()));
    DedupMatch earliest = searchAndFile(id, message.getFingerprint(), message.getEventTime(), sketch,
        detector.bandKeys(sketch), detector.anchors(sketch), time);
    DedupMessage answer = Messages.message(DedupMessageKind.ANSWER, message.getFingerprint(), earliest, time);
    answer.setRequest(message.getRequest());
    send(id, answer, time);
  }

  /**
   * Compares the article with those filed under the bands and anchors this partition owns, and
   * files it there. Tells every match that the article ranks before that it has an earlier copy;
   * returns the earliest-ranked match that ranks before the article, or null.
   */
  private DedupMatch searchAndFile(String id, String fingerprint, Instant eventTime, Sketch sketch,
      List<String> bandKeys, int[] anchors, long time) {
    Set<String> members = new LinkedHashSet<>();
    List<Long> ownedBands = new ArrayList<>();
    for (String bandKey : bandKeys) {
      if (BandOwners.owner(bandKey, partitions) == partition) {
        long band = BandOwners.hashOf(bandKey);
        ownedBands.add(band);
        members.addAll(bandIndex.membersOf(band));
      }
    }
    List<Long> ownedAnchors = new ArrayList<>();
    for (int anchor : anchors) {
      if (BandOwners.owner(anchor, partitions) == partition && !anchorIndex.full(anchor)) {
        ownedAnchors.add((long) anchor);
        members.addAll(anchorIndex.membersOf(anchor));
      }
    }
    IntPredicate common = frequencies.common();
    members.remove(id); // an article is no copy of itself
    Rank newcomer = new Rank(eventTime.toEpochMilli(), id);
    DedupMatch earliest = null;
    for (String memberId : members) {
      DedupMatch match = judge(sketch, bandKeys, memberId, common, time);
      if (match == null) {
        continue;
      }
      if (Rank.of(match).before(newcomer)) {
        if (earliest == null || Rank.of(match).before(Rank.of(earliest))) {
          earliest = match;
        }
      } else {
        // The newcomer ranks first: the member, decided already or not, is its copy.
        DedupMatch newcomerAsMatch =
            Messages.match(id, eventTime, fingerprint, match.getSimilarity(), match.getMeasure());
        send(memberId, Messages.message(DedupMessageKind.EARLIER_MATCH, match.getFingerprint(), newcomerAsMatch,
            time), time);
      }
    }
    IndexedSketch filed = latestSketch(id, time);
    if (filed == null || !filed.getFingerprint().equals(fingerprint)) {
      sketches.put(id, new IndexedSketch(fingerprint, eventTime, ByteBuffer.wrap(sketch.toBytes())), time);
      ownedBands.forEach(band -> bandIndex.add(band, id));
      ownedAnchors.forEach(anchor -> anchorIndex.add(anchor, id));
      frequencies.add(sketch);
    }
    return earliest;
  }

  /** The member as a match of the newcomer, or null: not near enough, or judged on another partition. */
  private DedupMatch judge(Sketch sketch, List<String> bandKeys, String memberId, IntPredicate common, long time) {
    IndexedSketch member = latestSketch(memberId, time);
    if (member == null) {
      return null; // past the retention
    }
    Sketch other = Sketch.fromBytes(bytes(member.getSketch()));
    Optional<NearDuplicateDetector.Match> match = detector.matchIfDuplicate(sketch, other, common);
    if (match.isEmpty() || !judgedHere(bandKeys, detector.bandKeys(other))) {
      return null;
    }
    return Messages.match(memberId, member.getEventTime(), member.getFingerprint(), match.get().similarity(),
        match.get().measure().name());
  }

  /**
   * Whether the pair is judged here: on the partition owning the lowest band the two share, or,
   * sharing none, wherever they meet through an anchor.
   */
  private boolean judgedHere(List<String> a, List<String> b) {
    for (int band = 0; band < a.size(); band++) {
      if (a.get(band).equals(b.get(band))) {
        return BandOwners.owner(a.get(band), partitions) == partition;
      }
    }
    return true;
  }

  /** A duplicate names this article as canonical: it hears of this one's canonical now and on every change. */
  private void follow(String id, DedupMessage message, long time) {
    DedupState state = load(id, time);
    if (state == null || !state.getFingerprint().equals(message.getFingerprint())) {
      return; // the version it named was replaced, or is past its retention: nothing left to follow
    }
    DedupMatch follower = message.getMatch();
    followers.put(followersKey(id, state), follower, time);
    if (state.getVerdict() == DedupVerdictKind.DUPLICATE) {
      redirect(follower, state.getCanonical(), time);
    }
  }

  private void apply(String id, Step step, long time) {
    DedupState state = step.state();
    if (!step.save()) {
      return;
    }
    verdicts.put(id, state, state.getStoredAt().toEpochMilli());
    if (state.getVerdict() != DedupVerdictKind.PENDING) {
      waiting.remove(id);
    }
    for (Effect effect : step.effects()) {
      switch (effect) {
        case PUBLISH -> emit(id, new DedupResult.Unique(decode(step.publish()), state.getFingerprint()), time);
        case NOTICE -> emit(id, new DedupResult.Notice(notice(id, state.getSource(), state.getUrl(), state)), time);
        case RETRACT_ARTICLE -> emit(id, new DedupResult.ArticleRetracted(), time);
        case RETRACT_NOTICE -> emit(id, new DedupResult.NoticeRetracted(), time);
        case CANONICAL_CHANGED -> canonicalChanged(id, state, time);
      }
    }
  }

  /**
   * This duplicate's canonical is new: it follows that one, and its own followers move on to it.
   * The followers' similarity stays the one to the copy they matched: no sketch is at hand here to
   * estimate another.
   */
  private void canonicalChanged(String id, DedupState state, long time) {
    DedupMatch canonical = state.getCanonical();
    DedupMatch self = Messages.match(id, state.getEventTime(), state.getFingerprint(), canonical.getSimilarity(),
        canonical.getMeasure());
    send(canonical.getArticleId(),
        Messages.message(DedupMessageKind.FOLLOW, canonical.getFingerprint(), self, time), time);
    Set<String> told = new HashSet<>();
    try (WindowStoreIterator<DedupMatch> following =
        followers.fetch(followersKey(id, state), window.from(time), window.to(time))) {
      while (following.hasNext()) {
        DedupMatch follower = following.next().value;
        if (told.add(follower.getArticleId() + follower.getFingerprint())) {
          redirect(follower, canonical, time);
        }
      }
    }
  }

  /** Tells a follower that the article it names is a copy of {@code canonical}. */
  private void redirect(DedupMatch follower, DedupMatch canonical, long time) {
    DedupMatch earlier = DedupMatch.newBuilder(canonical).setSimilarity(follower.getSimilarity()).build();
    send(follower.getArticleId(),
        Messages.message(DedupMessageKind.EARLIER_MATCH, follower.getFingerprint(), earlier, time), time);
  }

  private static String followersKey(String id, DedupState state) {
    return id + "@" + state.getFingerprint();
  }

  /** Decides the verdicts whose answers are overdue, on what came. */
  private void endLongWaits(long now) {
    List<Map.Entry<String, Waiting>> overdue = waiting.entrySet().stream()
        .filter(e -> now - e.getValue().request >= maxWait.toMillis())
        .toList();
    for (Map.Entry<String, Waiting> entry : overdue) {
      String id = entry.getKey();
      long time = entry.getValue().recordTime;
      DedupState state = load(id, time);
      waiting.remove(id);
      if (state != null && state.getVerdict() == DedupVerdictKind.PENDING) {
        LOG.warn("article {}: {} of its partitions did not answer within {}; decided on the answers that came",
            id, state.getAnswersAwaited(), maxWait);
        forcedVerdicts.record();
        apply(id, VerdictRules.waitedTooLong(state), time);
      }
    }
  }

  private void rebuildIndex() {
    bandIndex.clear();
    anchorIndex.clear();
    frequencies.clear();
    try (KeyValueIterator<Windowed<String>, IndexedSketch> all = sketches.all()) {
      while (all.hasNext()) {
        KeyValue<Windowed<String>, IndexedSketch> filed = all.next();
        Sketch sketch = Sketch.fromBytes(bytes(filed.value.getSketch()));
        frequencies.add(sketch);
        for (String bandKey : detector.bandKeys(sketch)) {
          if (BandOwners.owner(bandKey, partitions) == partition) {
            bandIndex.add(BandOwners.hashOf(bandKey), filed.key.key());
          }
        }
        for (int anchor : detector.anchors(sketch)) {
          if (BandOwners.owner(anchor, partitions) == partition) {
            anchorIndex.add(anchor, filed.key.key());
          }
        }
      }
    }
  }

  private void findWaiting() {
    waiting.clear();
    toAskAgain.clear();
    try (KeyValueIterator<Windowed<String>, DedupState> all = verdicts.all()) {
      while (all.hasNext()) {
        KeyValue<Windowed<String>, DedupState> stored = all.next();
        if (stored.value.getVerdict() == DedupVerdictKind.PENDING) {
          toAskAgain.put(stored.key.key(), stored.key.window().start());
        } else {
          toAskAgain.remove(stored.key.key());
        }
      }
    }
  }

  private DuplicateNotice notice(String id, String source, String url, DedupState state) {
    DedupMatch canonical = state.getCanonical();
    return notice(id, source, url, state.getFingerprint(), canonical.getArticleId(), canonical.getSimilarity(),
        canonical.getMeasure(), canonical.getFingerprint().equals(state.getFingerprint()));
  }

  private DuplicateNotice notice(String id, String source, String url, String fingerprint, String canonicalId,
      double similarity, String measure, boolean exact) {
    return DuplicateNotice.newBuilder()
        .setDuplicateId(id)
        .setCanonicalId(canonicalId)
        .setSimilarity(exact ? 1.0 : similarity)
        .setKind(exact ? DuplicateKind.EXACT : DuplicateKind.NEAR)
        .setSource(source)
        .setUrl(url)
        .setFingerprint(fingerprint)
        .setDetectedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .setMeasure(exact ? "FINGERPRINT" : measure)
        .build();
  }

  private void emit(String id, DedupResult result, long time) {
    context.forward(new Record<>(id, Emitted.result(result), time));
  }

  private void send(String articleId, DedupMessage message, long time) {
    context.forward(new Record<>(articleId, Emitted.message(message), time));
  }

  private DedupState load(String id, long time) {
    return window.latest(verdicts, id, time);
  }

  /** The article's sketch; the latest, should its id have been re-sent with a corrected text. */
  private IndexedSketch latestSketch(String id, long time) {
    return window.latest(sketches, id, time);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  /** The article waits as bytes: answers then update its state without decoding its text. */
  private static ByteBuffer encode(RawArticle article) {
    try {
      return article.toByteBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode article " + article.getId(), e);
    }
  }

  private static RawArticle decode(ByteBuffer bytes) {
    try {
      return RawArticle.fromByteBuffer(bytes.duplicate());
    } catch (IOException e) {
      throw new UncheckedIOException("could not decode a pending article", e);
    }
  }
}
