package io.newsstream.serde;

import org.apache.avro.Schema;

/**
 * The part of the Confluent Schema Registry API the serdes need. Implementations are thread-safe.
 *
 * <p>Failures are {@link SchemaRegistryException}s carrying the registry's {@code error_code};
 * a registry that cannot be reached gives a {@link SchemaRegistryUnavailableException}.
 */
public interface SchemaRegistryClient {

  /**
   * Registers {@code schema} under {@code subject} (a no-op on the registry's side if it is
   * already there) and returns its global id. {@code POST /subjects/{subject}/versions}.
   */
  int register(String subject, Schema schema);

  /**
   * Returns the id of {@code schema} if it is registered under {@code subject}, without
   * registering it. {@code POST /subjects/{subject}}.
   *
   * @throws SchemaRegistryException with HTTP status 404 if absent ({@link
   *     SchemaRegistryException#isNotFound()}): error code 40403 if the subject exists without
   *     this schema, 40401 if the subject does not exist at all, as the Confluent registry answers
   */
  int idOf(String subject, Schema schema);

  /**
   * Returns the schema with the given global id. {@code GET /schemas/ids/{id}}.
   *
   * @throws SchemaRegistryException with error code 40403 if no schema has that id
   */
  Schema schemaById(int id);

  /** The subject of a topic's keys or values (Confluent's default TopicNameStrategy). */
  static String subjectFor(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }
}
