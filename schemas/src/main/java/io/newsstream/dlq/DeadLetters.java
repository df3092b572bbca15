package io.newsstream.dlq;

import io.newsstream.schema.RejectedInput;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

/**
 * Builds the news.dlq.v1 records of refused inputs, for the producer and the streams app alike: one
 * shape, one truncation limit.
 */
public final class DeadLetters {
  /** The stage of the refusals the producer makes; the streams app names its processors. */
  public static final String PRODUCER_STAGE = "producer";

  /**
   * The most of a refused input's bytes a dead letter keeps: enough to see what was wrong and to
   * replay most articles, small enough that a dead letter with its text and its bytes always fits
   * the broker's default 1 MB message limit.
   */
  public static final int PAYLOAD_LIMIT = 128 * 1024;

  /** The most characters of text kept: half the byte limit, as Cyrillic takes two bytes a letter. */
  public static final int TEXT_LIMIT = PAYLOAD_LIMIT / 2;

  private DeadLetters() {}

  /** A dead letter with the fields every refusal has; the caller adds origin, id and payload. */
  public static RejectedInput.Builder of(Refusal refusal, String stage, Instant rejectedAt) {
    return RejectedInput.newBuilder()
        .setReason(refusal.reason().name())
        .setDetail(refusal.detail())
        .setStage(stage)
        .setRejectedAt(rejectedAt);
  }

  /** The text, cut to {@link #TEXT_LIMIT} characters; null stays null. */
  public static String truncate(String text) {
    if (text == null || text.length() <= TEXT_LIMIT) {
      return text;
    }
    // Do not cut a surrogate pair in half: the half would not encode.
    int end = Character.isHighSurrogate(text.charAt(TEXT_LIMIT - 1)) ? TEXT_LIMIT - 1 : TEXT_LIMIT;
    return text.substring(0, end);
  }

  /** The bytes, cut to {@link #PAYLOAD_LIMIT}; null stays null. */
  public static ByteBuffer truncate(byte[] bytes) {
    return bytes == null ? null : ByteBuffer.wrap(Arrays.copyOf(bytes, Math.min(bytes.length, PAYLOAD_LIMIT)));
  }
}
