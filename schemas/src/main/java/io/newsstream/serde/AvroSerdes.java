package io.newsstream.serde;

import org.apache.avro.specific.SpecificRecord;

/** Factory of ready-to-use {@link AvroSerde}s. */
public final class AvroSerdes {
  private AvroSerdes() {}

  /**
   * A serde for {@code type} over {@code client}.
   *
   * @param isKey whether it serves keys (subject {@code <topic>-key}) or values ({@code
   *     <topic>-value})
   * @param autoRegister whether the serializer registers the schema on first use, or only looks
   *     it up and fails if absent
   */
  public static <T extends SpecificRecord> AvroSerde<T> forClass(
      Class<T> type, SchemaRegistryClient client, boolean isKey, boolean autoRegister) {
    return new AvroSerde<>(
        new AvroSerializer<>(client, isKey, autoRegister), new AvroDeserializer<>(type, client));
  }

  /**
   * A value serde for a topic or store the app itself writes: it registers its schema on first use,
   * as the writer of its topics does.
   */
  public static <T extends SpecificRecord> AvroSerde<T> writtenValues(Class<T> type, SchemaRegistryClient client) {
    return forClass(type, client, false, true);
  }

  /**
   * A value serde for the app's internal records (its own topics' and stores'), under subjects
   * named after the records: see {@link AvroSerializer#byRecordName}.
   */
  public static <T extends SpecificRecord> AvroSerde<T> internalValues(Class<T> type, SchemaRegistryClient client) {
    return new AvroSerde<>(AvroSerializer.byRecordName(client), new AvroDeserializer<>(type, client));
  }
}
