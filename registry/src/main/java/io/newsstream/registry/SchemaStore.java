package io.newsstream.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry's state as a fold of the records of the schema log. Replaying the log at start and
 * applying a write once the broker has acknowledged it both go through {@link #apply}, so a restart
 * rebuilds exactly the state that was served. Not thread-safe: {@link SchemaRegistry} guards it.
 *
 * <p>Keys and values are JSON, after the layout of Confluent's {@code _schemas} topic:
 *
 * <ul>
 *   <li>{@code {"keytype":"SCHEMA","subject":s,"version":v}} → {@code
 *       {"subject":s,"version":v,"id":n,"schema":"...","deleted":false}}; soft delete rewrites the
 *       value with {@code "deleted":true}
 *   <li>{@code {"keytype":"CONFIG","subject":s}}, without subject for the global level → {@code
 *       {"compatibilityLevel":"FULL"}}
 *   <li>{@code {"keytype":"MAX_ID"}} → {@code {"id":n}}: the highest id given so far, written on a
 *       permanent delete, so that an id whose versions compaction has removed is never given to
 *       another schema (clients cache ids for good)
 * </ul>
 *
 * A null value (tombstone) removes its key. Other key types are ignored.
 */
final class SchemaStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One record of the log; a null value is a tombstone. */
  record Change(String key, String value) {}

  private final Map<String, NavigableMap<Integer, SchemaVersion>> subjects = new TreeMap<>();
  private final Map<Integer, String> schemaById = new HashMap<>();
  private final Map<String, Integer> idBySchema = new HashMap<>();
  private final Map<String, Compatibility> subjectCompatibility = new HashMap<>();
  private Compatibility globalCompatibility;
  private int maxId;

  static Change put(SchemaVersion v) {
    ObjectNode value = JSON.createObjectNode()
        .put("subject", v.subject())
        .put("version", v.version())
        .put("id", v.id())
        .put("schema", v.schema())
        .put("deleted", v.deleted());
    return new Change(versionKey(v.subject(), v.version()), value.toString());
  }

  static Change remove(SchemaVersion v) {
    return new Change(versionKey(v.subject(), v.version()), null);
  }

  /** Sets the level of {@code subject}, or the global level if {@code subject} is null. */
  static Change config(String subject, Compatibility level) {
    // Keys are compared byte by byte by compaction: always the same fields in the same order.
    ObjectNode key = JSON.createObjectNode().put("keytype", "CONFIG");
    if (subject != null) {
      key.put("subject", subject);
    }
    return new Change(key.toString(), JSON.createObjectNode().put("compatibilityLevel", level.name()).toString());
  }

  static Change maxId(int id) {
    return new Change(JSON.createObjectNode().put("keytype", "MAX_ID").toString(),
        JSON.createObjectNode().put("id", id).toString());
  }

  private static String versionKey(String subject, int version) {
    return JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject).put("version", version).toString();
  }

  /**
   * Applies one record of the log.
   *
   * @throws IllegalArgumentException if the record is not one this registry could have written
   */
  void apply(String key, String value) {
    JsonNode k = read(key);
    JsonNode v = value == null ? null : read(value);
    switch (k.path("keytype").asText()) {
      case "SCHEMA" -> applyVersion(text(k, "subject"), integer(k, "version"), v);
      case "CONFIG" -> applyConfig(k.path("subject").textValue(), v);
      case "MAX_ID" -> maxId = Math.max(maxId, v == null ? 0 : integer(v, "id"));
      default -> { } // Confluent's NOOP, MODE, DELETE_SUBJECT...: nothing this registry serves.
    }
  }

  private void applyVersion(String subject, int version, JsonNode value) {
    if (value == null) {
      NavigableMap<Integer, SchemaVersion> versions = subjects.get(subject);
      SchemaVersion removed = versions == null ? null : versions.remove(version);
      if (removed == null) {
        return;
      }
      if (versions.isEmpty()) {
        subjects.remove(subject);
      }
      if (!isUsed(removed.id())) {
        schemaById.remove(removed.id());
        idBySchema.remove(removed.schema(), removed.id());
      }
      return;
    }
    SchemaVersion v = new SchemaVersion(
        subject, version, integer(value, "id"), text(value, "schema"), value.path("deleted").asBoolean(false));
    subjects.computeIfAbsent(subject, s -> new TreeMap<>()).put(version, v);
    schemaById.putIfAbsent(v.id(), v.schema());
    idBySchema.putIfAbsent(v.schema(), v.id());
    maxId = Math.max(maxId, v.id());
  }

  private boolean isUsed(int id) {
    return subjects.values().stream().flatMap(vs -> vs.values().stream()).anyMatch(v -> v.id() == id);
  }

  private void applyConfig(String subject, JsonNode value) {
    Compatibility level = value == null ? null : Compatibility.parse(text(value, "compatibilityLevel"));
    if (subject == null) {
      globalCompatibility = level;
    } else if (level == null) {
      subjectCompatibility.remove(subject);
    } else {
      subjectCompatibility.put(subject, level);
    }
  }

  /** Every version of {@code subject}, soft-deleted ones included, oldest first; empty if none. */
  List<SchemaVersion> versions(String subject) {
    NavigableMap<Integer, SchemaVersion> versions = subjects.get(subject);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  /** Every subject with at least one version, soft-deleted ones included, in name order. */
  List<String> subjects() {
    return List.copyOf(subjects.keySet());
  }

  Optional<String> schemaById(int id) {
    return Optional.ofNullable(schemaById.get(id));
  }

  /** The id of a schema in normalised form, if any subject has it, even soft-deleted. */
  Optional<Integer> idOf(String schema) {
    return Optional.ofNullable(idBySchema.get(schema));
  }

  /** The highest id ever given; 0 before the first. */
  int maxId() {
    return maxId;
  }

  Compatibility globalCompatibility() {
    return globalCompatibility == null ? Compatibility.DEFAULT : globalCompatibility;
  }

  Optional<Compatibility> subjectCompatibility(String subject) {
    return Optional.ofNullable(subjectCompatibility.get(subject));
  }

  private static JsonNode read(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object: " + json);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("no text field '" + field + "' in " + node);
    }
    return value.textValue();
  }

  private static int integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("no integer field '" + field + "' in " + node);
    }
    return value.intValue();
  }
}
