/**
 * A schema registry that speaks the Confluent Schema Registry REST API (the part clients use) and
 * keeps its state in a compacted Kafka topic, for the embedded default and tests; in production any
 * registry with that API serves.
 *
 * <p>Standalone: {@link io.newsstream.registry.SchemaRegistryServer#start(String, int, short)}.
 * Beside other routes on one port: {@link io.newsstream.registry.SchemaRegistry#open(String, short)}
 * then {@link io.newsstream.registry.RegistryRoutes#mount}.
 */
package io.newsstream.registry;
