package io.newsstream.streams.errors;

import io.newsstream.dlq.DeadLetters;
import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record on which a stage threw unexpectedly to news.dlq.v1 as {@link RejectedInput}
 * (PROCESSING_FAILED, the exception, the stage) and goes on with the next record: one bad article
 * must not stop the app. The stack trace goes to the log, since such a failure is a bug to fix.
 */
public final class DlqProcessingHandler implements ProcessingExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DlqProcessingHandler.class);

  private DlqRecords dlqRecords;

  @Override
  public void configure(Map<String, ?> configs) {
    dlqRecords = DlqRecords.configuredBy(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    String origin = Rejections.origin(context.topic(), context.partition(), context.offset());
    if (ExceptionHandlers.registryUnavailable(exception)) {
      LOG.warn("stage {} could not reach the schema registry for the record from {}; it is tried again: {}",
          context.processorNodeId(), origin, exception.getMessage());
      return Response.fail();
    }
    LOG.error("stage {} failed on the record from {}, sent to the DLQ", context.processorNodeId(), origin, exception);
    RejectedInput rejected =
        DeadLetters.of(
                new Refusal(RejectReason.PROCESSING_FAILED, Rejections.describe(exception)),
                context.processorNodeId(),
                Instant.now())
            .setOrigin(origin)
            .setArticleId(articleId(record))
            // The record as the sub-topology read it (Avro); the value in hand may be an internal type.
            .setRawBytes(DeadLetters.truncate(context.sourceRawValue()))
            .build();
    return Response.resume(dlqRecords.records(rejected));
  }

  /** After the re-key by fingerprint the key is no id, but the value (a RawArticle) still knows it. */
  private static String articleId(Record<?, ?> record) {
    String key = record.key() instanceof String k ? k : null;
    return record.value() instanceof RawArticle article
        ? Rejections.articleId(article.getId(), key)
        : Rejections.articleId(key);
  }
}
