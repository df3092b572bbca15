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
 * Compares the command's results with labels field by field: counts per field, and every mismatch
 * in words. Session fields count as right when both sides have no session.
 */
final class Accuracy {
  static final List<String> SESSION_FIELDS = List.of("number", "level", "region", "district", "city", "date");

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
    check(file, "isSessionReport", expected.get("isSessionReport").asBoolean(), actual.get("isSessionReport").asBoolean());
    JsonNode es = expected.get("session");
    JsonNode as = actual.get("session");
    for (String field : fields) {
      Object e = es == null || es.isNull() ? null : text(es.get(field));
      Object a = as == null || as.isNull() ? null : text(as.get(field));
      boolean bothNone = (es == null || es.isNull()) && as.isNull();
      check(file, field, bothNone ? "(no session)" : e, bothNone ? "(no session)" : a);
    }
    check(file, "mentionedSessions", mentions(expected.get("mentionedSessions")), mentions(actual.get("mentionedSessions")));
    Set<String> ep = strings(expected.get("people"));
    Set<String> ap = strings(actual.get("people"));
    Set<String> both = new HashSet<>(ep);
    both.retainAll(ap);
    peopleTruePositives += both.size();
    peopleFound += ap.size();
    peopleExpected += ep.size();
    if (!ep.equals(ap)) {
      Set<String> missing = new HashSet<>(ep);
      missing.removeAll(ap);
      Set<String> extra = new HashSet<>(ap);
      extra.removeAll(ep);
      mismatches.add(file + " people: missing " + missing + ", extra " + extra);
    }
  }

  double accuracy(String field) {
    int[] c = counts.get(field);
    return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
  }

  double peopleF1() {
    double precision = peopleFound == 0 ? 1 : (double) peopleTruePositives / peopleFound;
    double recall = peopleExpected == 0 ? 1 : (double) peopleTruePositives / peopleExpected;
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  List<String> mismatches() {
    return mismatches;
  }

  /** The table: one line per field with right/total and the share. */
  String table() {
    StringBuilder out = new StringBuilder(String.format("%-18s %9s %8s%n", "field", "right", "accuracy"));
    counts.forEach((field, c) -> out.append(String.format("%-18s %4d/%-4d %7.1f%%%n", field, c[0], c[1], 100.0 * c[0] / c[1])));
    double precision = peopleFound == 0 ? 1 : (double) peopleTruePositives / peopleFound;
    double recall = peopleExpected == 0 ? 1 : (double) peopleTruePositives / peopleExpected;
    out.append(String.format("%-18s %9s %7.1f%%  (precision %.1f%%, recall %.1f%%)%n", "people F1", "",
        100 * peopleF1(), 100 * precision, 100 * recall));
    return out.toString();
  }

  private void check(String file, String field, Object expected, Object actual) {
    int[] c = counts.computeIfAbsent(field, k -> new int[2]);
    c[1]++;
    if (Objects.equals(expected, actual)) {
      c[0]++;
    } else {
      mismatches.add(file + " " + field + ": expected " + expected + ", got " + actual);
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
