package io.newsstream.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares {@code enrich --json} results with labels field by field: counts per field, and every
 * miss with what was wanted and what was found. Session fields count as right when both sides have
 * no session. Language, mentioned sessions and people are scored only where the labels give them.
 * Used by {@code enrich --eval} and by the accuracy tests.
 */
final class Accuracy {
  static final List<String> SESSION_FIELDS = List.of("number", "level", "region", "district", "city", "date");
  /** The fields of the core figure: whether and which session an article reports, and whose. */
  static final List<String> CORE_FIELDS = List.of("language", "isSessionReport", "number", "level", "region");

  private final Map<String, int[]> counts = new LinkedHashMap<>(); // field -> {right, total}
  private final List<String> mismatches = new ArrayList<>();
  private int peopleTruePositives;
  private int peopleFound;
  private int peopleExpected;

  /**
   * Scores one article.
   *
   * @param fields the session fields the labels give (the seeds give no district)
   */
  void score(String file, JsonNode expected, JsonNode actual, List<String> fields) {
    if (expected.hasNonNull("language")) {
      check(file, "language", expected.get("language").asText(), actual.get("language").asText());
    }
    check(file, "isSessionReport", expected.get("isSessionReport").asBoolean(), actual.get("isSessionReport").asBoolean());
    JsonNode es = expected.get("session");
    JsonNode as = actual.get("session");
    for (String field : fields) {
      Object e = es == null || es.isNull() ? null : text(es.get(field));
      Object a = as == null || as.isNull() ? null : text(as.get(field));
      boolean bothNone = (es == null || es.isNull()) && as.isNull();
      check(file, field, bothNone ? "(no session)" : e, bothNone ? "(no session)" : a);
    }
    if (expected.has("mentionedSessions")) {
      check(file, "mentionedSessions", mentions(expected.get("mentionedSessions")), mentions(actual.get("mentionedSessions")));
    }
    if (expected.has("people")) {
      scorePeople(file, strings(expected.get("people")), strings(actual.get("people")));
    }
  }

  double accuracy(String field) {
    int[] c = counts.get(field);
    return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
  }

  /** The share of right answers over the core fields the labels give, every article weighing the same. */
  double core() {
    int right = 0;
    int total = 0;
    for (String field : CORE_FIELDS) {
      int[] c = counts.get(field);
      if (c != null) {
        right += c[0];
        total += c[1];
      }
    }
    return total == 0 ? 1.0 : (double) right / total;
  }

  double peopleF1() {
    double precision = peopleFound == 0 ? 1 : (double) peopleTruePositives / peopleFound;
    double recall = peopleExpected == 0 ? 1 : (double) peopleTruePositives / peopleExpected;
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  List<String> mismatches() {
    return mismatches;
  }

  /** The table: one line per field with right/total and the share, then the core figure. */
  String table() {
    StringBuilder out = new StringBuilder(String.format("%-18s %9s %8s%n", "field", "right", "accuracy"));
    counts.forEach((field, c) -> out.append(String.format("%-18s %4d/%-4d %7.1f%%%n", field, c[0], c[1], 100.0 * c[0] / c[1])));
    if (peopleExpected > 0 || peopleFound > 0) {
      double precision = peopleFound == 0 ? 1 : (double) peopleTruePositives / peopleFound;
      double recall = peopleExpected == 0 ? 1 : (double) peopleTruePositives / peopleExpected;
      out.append(String.format("%-18s %9s %7.1f%%  (precision %.1f%%, recall %.1f%%)%n", "people F1", "",
          100 * peopleF1(), 100 * precision, 100 * recall));
    }
    out.append(String.format("%-18s %9s %7.1f%%  (%s)%n", "core", "", 100 * core(), String.join(", ", CORE_FIELDS)));
    return out.toString();
  }

  private void scorePeople(String file, Set<String> expected, Set<String> actual) {
    Set<String> both = new HashSet<>(expected);
    both.retainAll(actual);
    peopleTruePositives += both.size();
    peopleFound += actual.size();
    peopleExpected += expected.size();
    if (!expected.equals(actual)) {
      Set<String> missing = new HashSet<>(expected);
      missing.removeAll(actual);
      Set<String> extra = new HashSet<>(actual);
      extra.removeAll(expected);
      mismatches.add(file + " people: missing " + missing + ", extra " + extra);
    }
  }

  private void check(String file, String field, Object expected, Object actual) {
    int[] c = counts.computeIfAbsent(field, k -> new int[2]);
    c[1]++;
    if (Objects.equals(expected, actual)) {
      c[0]++;
    } else {
      mismatches.add(file + " " + field + ": wanted " + expected + ", found " + actual);
    }
  }

  private static Object text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Set<String> mentions(JsonNode array) {
    Set<String> out = new HashSet<>();
    array.forEach(m -> out.add(m.get("number").asText() + " " + m.get("level").asText() + " " + m.get("region").asText()));
    return out;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new HashSet<>();
    array.forEach(p -> out.add(p.asText()));
    return out;
  }
}
