package io.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.streams.dedup.VerdictRules.Arrival;
import io.newsstream.streams.dedup.VerdictRules.Effect;
import io.newsstream.streams.dedup.VerdictRules.Step;
import io.newsstream.streams.dedup.records.DedupMatch;
import io.newsstream.streams.dedup.records.DedupState;
import io.newsstream.streams.dedup.records.DedupVerdictKind;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict rules as a transition table: from each state (none, pending with answers to come,
 * unique, duplicate), on each event, the next state and what the topology must do. The article is
 * "b", at 10:00; "a" ranks before it (09:00), "c" after it (11:00).
 */
class VerdictRulesTest {
  private static final Instant T = Instant.parse("2024-05-02T10:00:00Z");
  private static final DedupMatch EARLIER = match("a", T.minusSeconds(3600));
  private static final DedupMatch EARLIEST = match("0", T.minusSeconds(7200));
  private static final DedupMatch LATER = match("c", T.plusSeconds(3600));
  private static final ByteBuffer TEXT = ByteBuffer.wrap(new byte[] {1, 2, 3});

  static Stream<Arguments> transitions() {
    return Stream.of(
        // state, event, verdict after, effects, canonical after
        row("none", s -> arrive(null, "fp", null, 0), DedupVerdictKind.UNIQUE, List.of(Effect.PUBLISH), null),
        row("none", s -> arrive(null, "fp", EARLIER, 0), DedupVerdictKind.DUPLICATE,
            List.of(Effect.NOTICE, Effect.CANONICAL_CHANGED), "a"),
        row("none", s -> arrive(null, "fp", LATER, 0), DedupVerdictKind.UNIQUE, List.of(Effect.PUBLISH), null),
        row("none", s -> arrive(null, "fp", null, 2), DedupVerdictKind.PENDING, List.of(), null),
        row("pending 2", s -> VerdictRules.answer("b", s, "fp", EARLIER, false), DedupVerdictKind.PENDING, List.of(),
            "a"),
        row("pending 2", s -> VerdictRules.answer("b", s, "fp", null, false), DedupVerdictKind.PENDING, List.of(), null),
        row("pending 1", s -> VerdictRules.answer("b", s, "fp", null, true), DedupVerdictKind.UNIQUE,
            List.of(Effect.PUBLISH), null),
        row("pending 1", s -> VerdictRules.answer("b", s, "fp", EARLIER, true), DedupVerdictKind.DUPLICATE,
            List.of(Effect.NOTICE, Effect.CANONICAL_CHANGED), "a"),
        row("pending 1", s -> VerdictRules.answer("b", s, "old", EARLIER, true), DedupVerdictKind.PENDING, List.of(),
            null),
        row("pending 1", s -> VerdictRules.earlierMatch("b", s, "fp", EARLIER), DedupVerdictKind.PENDING,
            List.of(), "a"),
        row("pending 1", VerdictRules::waitedTooLong, DedupVerdictKind.UNIQUE, List.of(Effect.PUBLISH), null),
        row("unique", s -> VerdictRules.earlierMatch("b", s, "fp", EARLIER), DedupVerdictKind.DUPLICATE,
            List.of(Effect.RETRACT_ARTICLE, Effect.NOTICE, Effect.CANONICAL_CHANGED), "a"),
        row("unique", s -> VerdictRules.earlierMatch("b", s, "fp", LATER), DedupVerdictKind.UNIQUE, List.of(), null),
        row("unique", s -> VerdictRules.answer("b", s, "fp", EARLIER, true), DedupVerdictKind.DUPLICATE,
            List.of(Effect.RETRACT_ARTICLE, Effect.NOTICE, Effect.CANONICAL_CHANGED), "a"),
        row("unique", VerdictRules::waitedTooLong, DedupVerdictKind.UNIQUE, List.of(), null),
        row("unique", s -> arrive(s, "corrected", EARLIER, 0), DedupVerdictKind.DUPLICATE,
            List.of(Effect.RETRACT_ARTICLE, Effect.NOTICE, Effect.CANONICAL_CHANGED), "a"),
        row("duplicate", s -> VerdictRules.earlierMatch("b", s, "fp", EARLIEST), DedupVerdictKind.DUPLICATE,
            List.of(Effect.NOTICE, Effect.CANONICAL_CHANGED), "0"),
        row("duplicate", s -> VerdictRules.earlierMatch("b", s, "fp", LATER), DedupVerdictKind.DUPLICATE,
            List.of(), "a"),
        row("duplicate", s -> arrive(s, "corrected", null, 0), DedupVerdictKind.UNIQUE,
            List.of(Effect.RETRACT_NOTICE, Effect.PUBLISH), null),
        row("duplicate", s -> VerdictRules.earlierMatch("b", s, "fp", match("b", T.minusSeconds(9999))),
            DedupVerdictKind.DUPLICATE, List.of(), "a"));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} {3}")
  @MethodSource("transitions")
  void transition(String from, Function<DedupState, Step> event, DedupVerdictKind verdict, List<Effect> effects,
      String canonical) {
    DedupState before = state(from);
    String stored = before == null ? null : before.toString();
    Step step = event.apply(before);
    assertThat(step.state().getVerdict()).isEqualTo(verdict);
    assertThat(step.save()).as("saved when changed").isEqualTo(!step.state().toString().equals(stored));
    assertThat(step.effects()).containsExactlyElementsOf(effects);
    assertThat(step.state().getCanonical() == null ? null : step.state().getCanonical().getArticleId())
        .isEqualTo(canonical);
    assertThat(step.publish() != null).isEqualTo(effects.contains(Effect.PUBLISH));
    if (verdict != DedupVerdictKind.PENDING) {
      assertThat(step.state().getArticle()).as("the text is dropped once decided").isNull();
    }
  }

  @Test
  void theSameTextUnderAKnownIdIsResentAndAnotherTextIsANewVersion() {
    assertThat(VerdictRules.isResent(state("unique"), "fp")).isTrue();
    assertThat(VerdictRules.isResent(state("pending 1"), "fp")).isTrue();
    assertThat(VerdictRules.isResent(state("duplicate"), "corrected")).isFalse();
    assertThat(VerdictRules.isResent(null, "fp")).isFalse();
  }

  private static Arguments row(String from, Function<DedupState, Step> event, DedupVerdictKind verdict,
      List<Effect> effects, String canonical) {
    return Arguments.of(from, event, verdict, effects, canonical);
  }

  private static Step arrive(DedupState before, String fingerprint, DedupMatch local, int awaited) {
    return VerdictRules.arrive("b", before, new Arrival(fingerprint, T, T.toEpochMilli(), "site", null, TEXT.duplicate()),
        local, awaited, 0);
  }

  private static DedupState state(String name) {
    return switch (name) {
      case "none" -> null;
      case "pending 2" -> arrive(null, "fp", null, 2).state();
      case "pending 1" -> arrive(null, "fp", null, 1).state();
      case "unique" -> arrive(null, "fp", null, 0).state();
      case "duplicate" -> arrive(null, "fp", EARLIER, 0).state();
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static DedupMatch match(String id, Instant eventTime) {
    return DedupMatch.newBuilder().setArticleId(id).setEventTime(eventTime).setFingerprint("fp-" + id)
        .setSimilarity(0.8).setMeasure("JACCARD").build();
  }
}
