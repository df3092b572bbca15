package io.newsstream.streams.errors;

import io.newsstream.dlq.DeadLetters;
import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.schema.RejectedInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends records that do not deserialize to news.dlq.v1 as {@link RejectedInput}
 * (DESERIALIZATION_FAILED, the raw bytes, where they were read) and goes on with the next record.
 *
 * <p>Why a handler rather than reading bytes and deserializing in a processor: the source stays
 * typed with its serde at the edge, Kafka hands over the raw bytes and their origin, and under
 * exactly-once the DLQ record is written in the same transaction that commits the offset, so a
 * bad record is reported once and never lost.
 */
public final class DlqDeserializationHandler implements DeserializationExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DlqDeserializationHandler.class);

  private DlqRecords dlqRecords;

  @Override
  public void configure(Map<String, ?> configs) {
    dlqRecords = DlqRecords.configuredBy(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    String origin = Rejections.origin(record.topic(), record.partition(), record.offset());
    if (ExceptionHandlers.registryUnavailable(exception)) {
      LOG.warn("the schema registry is out of reach for the record at {}; it is tried again: {}", origin,
          exception.getMessage());
      return Response.fail();
    }
    LOG.warn("record at {} does not deserialize, sent to the DLQ: {}", origin, exception.toString());
    // Keys are plain strings (the article id); only the value is Avro.
    String articleId = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    RejectedInput rejected =
        DeadLetters.of(
                new Refusal(RejectReason.DESERIALIZATION_FAILED, Rejections.describe(exception)),
                Objects.requireNonNullElse(context.processorNodeId(), "deserialize"),
                Instant.now())
            .setOrigin(origin)
            .setArticleId(Rejections.articleId(articleId))
            .setRawBytes(DeadLetters.truncate(record.value()))
            .build();
    return Response.resume(dlqRecords.records(rejected));
  }
}
