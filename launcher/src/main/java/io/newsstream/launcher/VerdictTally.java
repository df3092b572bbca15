package io.newsstream.launcher;

import io.newsstream.schema.DuplicateNotice;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The verdicts on one run's articles, as the output topics tell them: each topic read as a table
 * (latest value per id, a tombstone deletes), so a retraction, a newer notice naming an earlier copy
 * or a corrected article replaces what it changes instead of adding to it.
 *
 * <p>Progress is counted per send: an id sent twice (a re-send, a correction) needs two verdict
 * records, and records past the number of sends are changes of a verdict, not new ones.
 */
final class VerdictTally {
  private final Map<String, Integer> sends = new HashMap<>();
  private final Map<String, Integer> verdictRecords = new HashMap<>();
  /** Language of each article published and not retracted. */
  private final Map<String, String> published = new HashMap<>();
  /** The latest notice on each duplicate id. */
  private final Map<String, DuplicateNotice> notices = new HashMap<>();
  private final Set<String> rejectedIds = new HashSet<>();
  private final Consumer<String> onDecided;
  private long decided;

  /** @param sentIds the id of every article the run sent, repeated when sent more than once */
  VerdictTally(Collection<String> sentIds) {
    this(sentIds, id -> {});
  }

  /** @param onDecided told the id of each send as its first verdict arrives (the bench times them) */
  VerdictTally(Collection<String> sentIds, Consumer<String> onDecided) {
    sentIds.forEach(id -> sends.merge(id, 1, Integer::sum));
    this.onDecided = onDecided;
  }

  /** Whether {@code id} is one of the run's articles; records on other ids are not counted. */
  boolean concerns(String id) {
    return sends.containsKey(id);
  }

  void published(String id, String language) {
    published.put(id, language);
    verdictArrived(id);
  }

  /** A tombstone on the articles topic: the notice that comes with it is the verdict now. */
  void retracted(String id) {
    published.remove(id);
  }

  void notice(String id, DuplicateNotice notice) {
    notices.put(id, notice);
    verdictArrived(id);
  }

  /** A tombstone on the duplicates topic: a corrected text that is unique after all. */
  void noticeWithdrawn(String id) {
    notices.remove(id);
  }

  void rejected(String id) {
    rejectedIds.add(id);
    verdictArrived(id);
  }

  private void verdictArrived(String id) {
    if (verdictRecords.merge(id, 1, Integer::sum) <= sends.getOrDefault(id, 0)) {
      decided++;
      onDecided.accept(id);
    }
  }

  /** How many of the sends have had a verdict: never more than were sent. */
  long decided() {
    return decided;
  }

  long articles() {
    return published.size();
  }

  /**
   * Sends judged duplicates: every send of an id with a notice, but for a published id the first
   * send is the article and the notice is on its re-sends (a duplicate of itself).
   */
  long duplicates() {
    return notices.keySet().stream()
        .mapToLong(id -> published.containsKey(id) ? sends.get(id) - 1 : sends.get(id))
        .sum();
  }

  long rejected() {
    return rejectedIds.size();
  }

  /** Published articles by language. */
  Map<String, Long> languages() {
    Map<String, Long> byLanguage = new TreeMap<>();
    published.values().forEach(language -> byLanguage.merge(language, 1L, Long::sum));
    return byLanguage;
  }

  /** Where the article under this id stands: published, a duplicate, rejected, or null if undecided. */
  Verdict verdictOf(String id) {
    if (published.containsKey(id)) {
      return new Verdict("unique", null, null, null, null);
    }
    DuplicateNotice notice = notices.get(id);
    if (notice != null) {
      return new Verdict("duplicate", notice.getCanonicalId(), notice.getKind().name(), notice.getMeasure(), notice.getSimilarity());
    }
    return rejectedIds.contains(id) ? new Verdict("rejected", null, null, null, null) : null;
  }

  /**
   * @param verdict unique, duplicate or rejected
   * @param canonicalId for duplicates: the article it duplicates
   * @param kind for duplicates: EXACT or NEAR
   * @param measure for duplicates: by which measure (FINGERPRINT, JACCARD, CONTAINMENT; null in old notices)
   * @param similarity for duplicates: the value of that measure
   */
  record Verdict(String verdict, String canonicalId, String kind, String measure, Double similarity) {}
}
