/**
 * Avro serdes in the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro
 * binary) over a small client of the Confluent Schema Registry REST API.
 *
 * <p>Programmatic use: {@link io.newsstream.serde.AvroSerdes#forClass}. Configuration-driven use
 * (plain producer/consumer properties): name {@link io.newsstream.serde.AvroSerializer} or {@link
 * io.newsstream.serde.AvroDeserializer} and set the keys in {@link io.newsstream.serde.SerdeConfig}.
 */
package io.newsstream.serde;
