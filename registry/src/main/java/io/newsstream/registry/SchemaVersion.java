package io.newsstream.registry;

/**
 * One version of a subject: its number, the global id of its schema and the schema in Avro's
 * normalised JSON form ({@link org.apache.avro.Schema#toString()}).
 *
 * @param deleted true once the subject was soft-deleted
 */
public record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) {

  SchemaVersion softDeleted() {
    return new SchemaVersion(subject, version, id, schema, true);
  }
}
