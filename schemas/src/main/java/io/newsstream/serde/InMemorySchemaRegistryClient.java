package io.newsstream.serde;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * A registry in memory, for tests (with {@code TopologyTestDriver}, say): ids are 1, 2, 3, ...;
 * an equal schema gets the same id in every subject, as in the Confluent registry. It checks no
 * compatibility. Errors carry the codes the Confluent registry would send.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {
  private final Map<Schema, Integer> idsBySchema = new HashMap<>();
  private final Map<Integer, Schema> schemasById = new HashMap<>();
  private final Map<String, Set<Schema>> subjects = new HashMap<>();

  public InMemorySchemaRegistryClient() {}

  @Override
  public synchronized int register(String subject, Schema schema) {
    // Keep what a real registry would hand back: the schema as it reads from its JSON.
    Schema stored = new Schema.Parser().parse(schema.toString());
    int id = idsBySchema.computeIfAbsent(stored, s -> idsBySchema.size() + 1);
    schemasById.putIfAbsent(id, stored);
    subjects.computeIfAbsent(subject, s -> new HashSet<>()).add(stored);
    return id;
  }

  @Override
  public synchronized int idOf(String subject, Schema schema) {
    Set<Schema> registered = subjects.get(subject);
    if (registered == null) {
      throw new SchemaRegistryException(
          "Subject '" + subject + "' not found.", SchemaRegistryException.SUBJECT_NOT_FOUND, 404);
    }
    if (!registered.contains(schema)) {
      throw new SchemaRegistryException(
          "Schema not found in subject '" + subject + "'.",
          SchemaRegistryException.SCHEMA_NOT_FOUND,
          404);
    }
    return idsBySchema.get(schema);
  }

  @Override
  public synchronized Schema schemaById(int id) {
    Schema schema = schemasById.get(id);
    if (schema == null) {
      throw new SchemaRegistryException(
          "Schema " + id + " not found.", SchemaRegistryException.SCHEMA_NOT_FOUND, 404);
    }
    return schema;
  }
}
