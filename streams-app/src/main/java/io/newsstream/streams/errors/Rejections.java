package io.newsstream.streams.errors;

import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * What the streams app's dead letters say besides what {@link io.newsstream.dlq.DeadLetters} builds:
 * where a record was read, its id, what an exception says.
 */
public final class Rejections {
  private Rejections() {}

  /** Where a record was read: "topic-partition@offset". */
  public static String origin(String topic, int partition, long offset) {
    return topic + "-" + partition + "@" + offset;
  }

  /** Where the record in hand was read: "topic-partition@offset". */
  public static String origin(RecordMetadata metadata) {
    return origin(metadata.topic(), metadata.partition(), metadata.offset());
  }

  /** The first candidate that is an id (neither null nor blank); null when none is. */
  public static String articleId(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return null;
  }

  /** What an exception says, with its causes, for a human reading the DLQ. */
  public static String describe(Throwable e) {
    StringBuilder detail = new StringBuilder(e.toString());
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      detail.append("; caused by ").append(cause);
    }
    return detail.toString();
  }
}
