package io.newsstream.streams.errors;

import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryUnavailableException;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams exception handlers that send bad records to news.dlq.v1 instead of stopping the
 * app, as streams configuration.
 */
public final class ExceptionHandlers {
  /**
   * Streams configuration key whose value is the {@link SchemaRegistryClient} object the handlers
   * serialize {@code RejectedInput} with. Kafka instantiates handlers by class name, so an object
   * in the configuration is the one way to share the app's client (or a test's in-memory one).
   */
  public static final String REGISTRY_CLIENT_CONFIG = "newsstream.schema.registry.client";

  private ExceptionHandlers() {}

  /**
   * Whether {@code failure} is the schema registry being out of reach: no fault of the record, so
   * it is not dead-lettered; the stream thread fails, is replaced, and takes the record up again
   * from the last commit (NewsStreamsApp's uncaught exception handler).
   */
  public static boolean registryUnavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SchemaRegistryUnavailableException) {
        return true;
      }
    }
    return false;
  }

  /** The streams configuration that installs the handlers, writing through {@code registry}. */
  public static Map<String, Object> config(SchemaRegistryClient registry) {
    // errors.dead.letter.queue.topic.name stays unset on purpose: Kafka's built-in handlers would
    // write raw, non-Avro records to the topic named there; ours write RejectedInput.
    return Map.of(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DlqDeserializationHandler.class,
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DlqProcessingHandler.class,
        REGISTRY_CLIENT_CONFIG, registry);
  }
}
