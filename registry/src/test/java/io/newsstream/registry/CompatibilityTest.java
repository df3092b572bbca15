package io.newsstream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompatibilityTest {
  private static final Schema A = record("{\"name\":\"a\",\"type\":\"string\"}");
  private static final Schema A_B_DEFAULT =
      record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}");
  private static final Schema A_B = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}");
  private static final Schema A_AS_INT = record("{\"name\":\"a\",\"type\":\"int\"}");

  @ParameterizedTest
  @EnumSource(Compatibility.class)
  void anythingIsCompatibleWithNoHistory(Compatibility level) {
    assertThat(level.check(A_AS_INT, history())).isEmpty();
  }

  @Test
  void noneAcceptsAnyChange() {
    assertThat(Compatibility.NONE.check(A_AS_INT, history(A))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Compatibility.class)
  void addingAFieldWithADefaultIsCompatibleBothWays(Compatibility level) {
    assertThat(level.check(A_B_DEFAULT, history(A))).isEmpty();
  }

  @Test
  void addingAFieldWithoutDefaultBreaksBackwardOnly() {
    assertThat(Compatibility.BACKWARD.check(A_B, history(A)))
        .singleElement(STRING)
        .contains("new schema cannot read data written with version 1", "READER_FIELD_MISSING_DEFAULT", "/fields/1");
    assertThat(Compatibility.FULL.check(A_B, history(A))).hasSize(1);
    assertThat(Compatibility.FORWARD.check(A_B, history(A))).isEmpty();
  }

  @Test
  void removingAFieldWithoutDefaultBreaksForwardOnly() {
    assertThat(Compatibility.FORWARD.check(A, history(A_B)))
        .singleElement(STRING)
        .contains("version 1 cannot read data written with the new schema", "READER_FIELD_MISSING_DEFAULT");
    assertThat(Compatibility.FULL.check(A, history(A_B))).hasSize(1);
    assertThat(Compatibility.BACKWARD.check(A, history(A_B))).isEmpty();
  }

  @Test
  void changingATypeBreaksBothWays() {
    assertThat(Compatibility.BACKWARD.check(A_AS_INT, history(A))).isNotEmpty();
    assertThat(Compatibility.FORWARD.check(A_AS_INT, history(A))).isNotEmpty();
    assertThat(Compatibility.FULL.check(A_AS_INT, history(A))).hasSize(2);
  }

  @Test
  void backwardTransitiveChecksEveryVersion() {
    // b without default reads version 2 (which has b) but not version 1 (which has not).
    SortedMap<Integer, Schema> history = history(A, A_B_DEFAULT);
    assertThat(Compatibility.BACKWARD.check(A_B, history)).isEmpty();
    assertThat(Compatibility.BACKWARD_TRANSITIVE.check(A_B, history))
        .singleElement(STRING)
        .contains("version 1");
  }

  @Test
  void forwardTransitiveChecksEveryVersion() {
    // Dropping b: version 2 reads the new data using b's default, version 1 has no default for it.
    SortedMap<Integer, Schema> history = history(A_B, A_B_DEFAULT);
    assertThat(Compatibility.FORWARD.check(A, history)).isEmpty();
    assertThat(Compatibility.FORWARD_TRANSITIVE.check(A, history))
        .singleElement(STRING)
        .contains("version 1 cannot read");
  }

  @Test
  void fullTransitiveChecksEveryVersionBothWays() {
    SortedMap<Integer, Schema> history = history(A_B, A_B_DEFAULT);
    assertThat(Compatibility.FULL.check(A, history)).isEmpty();
    assertThat(Compatibility.FULL_TRANSITIVE.check(A, history)).hasSize(1);
    // The backward half: A_B cannot read version 1's data, which lacks b.
    assertThat(Compatibility.FULL_TRANSITIVE.check(A_B, history(A, A_B_DEFAULT))).hasSize(1);
  }

  @Test
  void nonTransitiveLevelsLookOnlyAtTheLatestVersion() {
    // Version 1 is incompatible with everything here; only the transitive levels notice.
    SortedMap<Integer, Schema> history = history(A_AS_INT, A);
    for (Compatibility level : new Compatibility[] {Compatibility.BACKWARD, Compatibility.FORWARD, Compatibility.FULL}) {
      assertThat(level.check(A, history)).as(level.name()).isEmpty();
    }
    for (Compatibility level : new Compatibility[] {
        Compatibility.BACKWARD_TRANSITIVE, Compatibility.FORWARD_TRANSITIVE, Compatibility.FULL_TRANSITIVE}) {
      assertThat(level.check(A, history)).as(level.name()).isNotEmpty();
    }
  }

  @Test
  void parsesLevelsInAnyCase() {
    assertThat(Compatibility.parse("full_transitive")).isEqualTo(Compatibility.FULL_TRANSITIVE);
    assertThat(Compatibility.parse("Backward")).isEqualTo(Compatibility.BACKWARD);
    assertThatThrownBy(() -> Compatibility.parse("SIDEWAYS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Valid values are none, backward");
    assertThatThrownBy(() -> Compatibility.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Schema record(String fields) {
    return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":[" + fields + "]}");
  }

  /** Versions 1, 2, ... in the order given. */
  private static SortedMap<Integer, Schema> history(Schema... versions) {
    SortedMap<Integer, Schema> history = new TreeMap<>();
    for (Schema schema : versions) {
      history.put(history.size() + 1, schema);
    }
    return history;
  }
}
