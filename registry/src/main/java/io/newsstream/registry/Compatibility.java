package io.newsstream.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The compatibility levels of the Confluent Schema Registry, decided by Avro's own {@link
 * SchemaCompatibility}. Backward: the new schema can read data written with the old one; forward:
 * the old schema can read data written with the new one; full: both. The plain levels check only
 * the latest version, the {@code _TRANSITIVE} ones every version.
 */
public enum Compatibility {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  /** The level of a registry where nobody has set one, as in Confluent's. */
  public static final Compatibility DEFAULT = BACKWARD;

  private final boolean backward;
  private final boolean forward;
  private final boolean transitive;

  Compatibility(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  /**
   * The level named {@code name}, in any letter case.
   *
   * @throws IllegalArgumentException naming the valid levels if there is no such level
   */
  public static Compatibility parse(String name) {
    if (name != null) {
      for (Compatibility level : values()) {
        if (level.name().equalsIgnoreCase(name.trim())) {
          return level;
        }
      }
    }
    throw new IllegalArgumentException(
        "Invalid compatibility level '" + name + "'. Valid values are none, backward, forward, full,"
            + " backward_transitive, forward_transitive, and full_transitive");
  }

  /**
   * Checks {@code candidate} against the versions this level looks at.
   *
   * @param previous the subject's schemas by version number; may be empty
   * @return why the candidate is incompatible, one line per problem; empty if it is compatible
   */
  public List<String> check(Schema candidate, SortedMap<Integer, Schema> previous) {
    if (previous.isEmpty()) {
      return List.of();
    }
    Map<Integer, Schema> checked = transitive ? previous : previous.tailMap(previous.lastKey());
    List<String> problems = new ArrayList<>();
    checked.forEach(
        (version, old) -> {
          if (backward) {
            describe(candidate, old, "the new schema cannot read data written with version " + version, problems);
          }
          if (forward) {
            describe(old, candidate, "version " + version + " cannot read data written with the new schema", problems);
          }
        });
    return problems;
  }

  private static void describe(Schema reader, Schema writer, String what, List<String> problems) {
    for (Incompatibility problem :
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult().getIncompatibilities()) {
      problems.add(
          String.format(Locale.ROOT, "%s: %s at %s (%s)",
              what, problem.getType(), problem.getLocation(), problem.getMessage()));
    }
  }
}
