package io.newsstream.producer.publish;

import io.newsstream.producer.validate.Refusal;
import io.newsstream.schema.RejectedInput;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

/** Builds the {@code news.dlq.v1} record of a refused input. */
public final class DeadLetters {
  /** The stage name of the producer in dead-letter records. */
  public static final String STAGE = "producer";

  /**
   * The most of a refused input's payload kept: enough to see what was wrong and to replay most
   * articles, small enough that a dead letter always fits the broker's default 1 MB message limit.
   */
  public static final int PAYLOAD_LIMIT = 256 * 1024;

  private DeadLetters() {}

  /**
   * @param articleId the id, if one could be computed; else null
   * @param rawText the input as text, if decoded; else null
   * @param rawBytes the input's bytes, if not decoded; else null
   */
  public static RejectedInput of(String origin, Refusal refusal, String articleId, String rawText,
      byte[] rawBytes, Instant rejectedAt) {
    return RejectedInput.newBuilder()
        .setReason(refusal.reason().name())
        .setDetail(refusal.detail())
        .setStage(STAGE)
        .setOrigin(origin)
        .setArticleId(articleId)
        // Half the limit in chars: Cyrillic takes two bytes each in UTF-8.
        .setRawText(rawText == null || rawText.length() <= PAYLOAD_LIMIT / 2
            ? rawText
            : rawText.substring(0, PAYLOAD_LIMIT / 2))
        .setRawBytes(rawBytes == null
            ? null
            : ByteBuffer.wrap(Arrays.copyOf(rawBytes, Math.min(rawBytes.length, PAYLOAD_LIMIT))))
        .setRejectedAt(rejectedAt)
        .build();
  }
}
