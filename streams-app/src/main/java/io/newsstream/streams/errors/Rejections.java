package io.newsstream.streams.errors;

import io.newsstream.schema.RejectedInput;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Building blocks of {@link RejectedInput} records, so every stage reports refusals in one shape. */
public final class Rejections {
  /**
   * The most of a refused input a DLQ record carries: enough to see what went wrong, small enough
   * that the DLQ record itself stays far below Kafka's message size limit.
   */
  public static final int MAX_RAW_LENGTH = 64 * 1024;

  private Rejections() {}

  /** A builder with the fields every rejection has. */
  public static RejectedInput.Builder rejection(RejectReason reason, String detail, String stage, Instant rejectedAt) {
    return RejectedInput.newBuilder()
        .setReason(reason.name())
        .setDetail(detail)
        .setStage(stage)
        .setRejectedAt(rejectedAt);
  }

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

  /** The text, cut to {@link #MAX_RAW_LENGTH} characters; null stays null. */
  public static String truncate(String text) {
    if (text == null || text.length() <= MAX_RAW_LENGTH) {
      return text;
    }
    // Do not cut a surrogate pair in half: the half would not encode.
    int end = Character.isHighSurrogate(text.charAt(MAX_RAW_LENGTH - 1)) ? MAX_RAW_LENGTH - 1 : MAX_RAW_LENGTH;
    return text.substring(0, end);
  }

  /** The bytes, cut to {@link #MAX_RAW_LENGTH}; null stays null. */
  public static ByteBuffer truncate(byte[] bytes) {
    return bytes == null ? null : ByteBuffer.wrap(Arrays.copyOf(bytes, Math.min(bytes.length, MAX_RAW_LENGTH)));
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
