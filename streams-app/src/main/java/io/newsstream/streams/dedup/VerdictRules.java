package io.newsstream.streams.dedup;

import io.newsstream.streams.dedup.records.DedupMatch;
import io.newsstream.streams.dedup.records.DedupState;
import io.newsstream.streams.dedup.records.DedupVerdictKind;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of one article as a state machine, apart from Kafka: from its arrival (PENDING while
 * other partitions search the bands they own) to UNIQUE or DUPLICATE, and on through later matches.
 * Canonical is the earliest-ranked copy ({@link Rank}), so every arrival order ends the same.
 * Each step returns the new state and what the topology must do; the processor does it.
 */
final class VerdictRules {
  private VerdictRules() {}

  enum Effect {
    /** Publish the article (the step's {@code publish} bytes): unique. */
    PUBLISH,
    /** A duplicate notice naming the state's canonical. */
    NOTICE,
    /** Withdraw the article published under this id. */
    RETRACT_ARTICLE,
    /** Withdraw the notice under this id (a corrected text is judged afresh). */
    RETRACT_NOTICE,
    /** The canonical is new: follow it, and move this article's followers on to it. */
    CANONICAL_CHANGED
  }

  /**
   * @param state the state after the step (unchanged when {@code save} is false)
   * @param save whether it changed and is to be stored
   * @param publish the article to publish with {@link Effect#PUBLISH}, else null
   */
  record Step(DedupState state, boolean save, List<Effect> effects, ByteBuffer publish) {
    static Step none(DedupState state) {
      return new Step(state, false, List.of(), null);
    }
  }

  /**
   * A version of an article as it arrives.
   *
   * @param article the cleaned article's bytes, held until the verdict
   */
  record Arrival(String fingerprint, Instant eventTime, long recordTime, String source, String url, ByteBuffer article) {}

  /**
   * Whether an arrival is the same text again under a known id: no new version to judge, but a
   * duplicate of where the article stands (itself, or its canonical). Asked before sketching it.
   */
  static boolean isResent(DedupState before, String fingerprint) {
    return before != null && before.getFingerprint().equals(fingerprint);
  }

  /**
   * A new article, or a new version of one (a corrected text; see {@link #isResent}), arrives:
   * judged on the matches its home partition found ({@code localMatch}, the earliest ranked before
   * it, or null), and on the answers of {@code answersAwaited} other partitions still to come.
   */
  static Step arrive(String id, DedupState before, Arrival arrival, DedupMatch localMatch, int answersAwaited, long now) {
    DedupState state = DedupState.newBuilder()
        .setFingerprint(arrival.fingerprint())
        .setEventTime(arrival.eventTime())
        .setStoredAt(before == null ? Instant.ofEpochMilli(arrival.recordTime()) : before.getStoredAt())
        .setSource(arrival.source())
        .setUrl(arrival.url())
        .setAnswersAwaited(answersAwaited)
        .setPendingSince(now)
        .setArticle(arrival.article())
        .setVerdict(DedupVerdictKind.PENDING)
        .setPublished(before != null && before.getPublished())
        .setCanonical(null)
        .build();
    List<Effect> effects = new ArrayList<>();
    if (before != null && before.getVerdict() == DedupVerdictKind.DUPLICATE) {
      effects.add(Effect.RETRACT_NOTICE); // the old text's notice goes; the new text gets its own verdict
    }
    consider(state, id, localMatch);
    ByteBuffer publish = answersAwaited == 0 ? decide(state, effects) : null;
    return new Step(state, true, effects, publish);
  }

  /**
   * Another partition answers for the bands it owns, with the earliest match found there, or null;
   * {@code last} when no other answer is awaited. The state is saved only when the answer changes
   * it: counting the answers is the processor's, in memory, so that an answer with nothing in it
   * writes nothing.
   */
  static Step answer(String id, DedupState state, String fingerprint, DedupMatch match, boolean last) {
    if (!concernsCurrentVersion(state, fingerprint)) {
      return Step.none(state);
    }
    if (state.getVerdict() != DedupVerdictKind.PENDING) {
      // The wait was cut short and the verdict given: a match in a late answer counts as any later one.
      return earlierMatch(id, state, fingerprint, match);
    }
    boolean changed = consider(state, id, match);
    if (!last) {
      return new Step(state, changed, List.of(), null);
    }
    List<Effect> effects = new ArrayList<>();
    ByteBuffer publish = decide(state, effects);
    return new Step(state, true, effects, publish);
  }

  /**
   * An article ranked before this one matches it: one that arrived later, or the canonical of this
   * one's canonical (a chain). It may change the verdict, once given.
   */
  static Step earlierMatch(String id, DedupState state, String fingerprint, DedupMatch match) {
    if (!concernsCurrentVersion(state, fingerprint) || !consider(state, id, match)) {
      return Step.none(state);
    }
    List<Effect> effects = switch (state.getVerdict()) {
      case PENDING -> List.of(); // the answers still to come decide
      case UNIQUE -> {
        // Published, and a copy after all: an earlier-ranked copy arrived late.
        state.setVerdict(DedupVerdictKind.DUPLICATE);
        state.setPublished(false);
        yield List.of(Effect.RETRACT_ARTICLE, Effect.NOTICE, Effect.CANONICAL_CHANGED);
      }
      case DUPLICATE -> List.of(Effect.NOTICE, Effect.CANONICAL_CHANGED);
    };
    return new Step(state, true, effects, null);
  }

  /** The answers did not all come in time (one was lost, or a partition is stuck): decide on what came. */
  static Step waitedTooLong(DedupState state) {
    if (state == null || state.getVerdict() != DedupVerdictKind.PENDING) {
      return Step.none(state);
    }
    List<Effect> effects = new ArrayList<>();
    ByteBuffer publish = decide(state, effects);
    return new Step(state, true, effects, publish);
  }

  /** Decides a pending article and drops its text; returns the text to publish if it is unique. */
  private static ByteBuffer decide(DedupState state, List<Effect> effects) {
    ByteBuffer publish = null;
    if (state.getCanonical() == null) {
      state.setVerdict(DedupVerdictKind.UNIQUE);
      state.setPublished(true);
      publish = state.getArticle();
      effects.add(Effect.PUBLISH);
    } else {
      state.setVerdict(DedupVerdictKind.DUPLICATE);
      if (state.getPublished()) {
        // A corrected text that turned out a copy: its earlier version is withdrawn.
        state.setPublished(false);
        effects.add(Effect.RETRACT_ARTICLE);
      }
      effects.add(Effect.NOTICE);
      effects.add(Effect.CANONICAL_CHANGED);
    }
    state.setArticle(null);
    return publish;
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

  /** Messages about a replaced text, or about an article past its retention, change nothing. */
  private static boolean concernsCurrentVersion(DedupState state, String fingerprint) {
    return state != null && state.getFingerprint().equals(fingerprint);
  }
}
