package io.newsstream.streams.validate;

import io.newsstream.dlq.DeadLetters;
import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.streams.errors.Rejections;
import io.newsstream.text.CleanText;
import io.newsstream.text.Fingerprint;
import io.newsstream.text.TextCleaner;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Validates a raw article, then cleans it and takes its fingerprint. Cleaning belongs to
 * validation because a text can be nothing but site chrome: only the cleaner can tell, and such a
 * text is as empty as a blank one.
 */
public final class ValidateAndClean implements FixedKeyProcessor<String, RawArticle, Validated> {
  private final String stage;
  private final ArticleValidator validator;
  private final TextCleaner cleaner;
  private FixedKeyProcessorContext<String, Validated> context;

  /**
   * @param stage this processor's name in the topology, reported in rejections
   */
  public ValidateAndClean(String stage, ArticleValidator validator, TextCleaner cleaner) {
    this.stage = stage;
    this.validator = validator;
    this.cleaner = cleaner;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Validated> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, RawArticle> record) {
    RawArticle raw = record.value();
    Optional<Refusal> problem = validator.check(record.key(), raw);
    if (problem.isPresent()) {
      context.forward(record.withValue(Validated.rejected(rejection(record, problem.get()))));
      return;
    }
    CleanText clean = cleaner.clean(raw.getTitle(), raw.getText());
    if (clean.text().isEmpty()) {
      Refusal chromeOnly = new Refusal(RejectReason.EMPTY_TEXT, "nothing left after removing site chrome");
      context.forward(record.withValue(Validated.rejected(rejection(record, chromeOnly))));
      return;
    }
    RawArticle cleaned = RawArticle.newBuilder(raw).setTitle(clean.title()).setText(clean.text()).build();
    context.forward(record.withValue(Validated.accepted(Fingerprint.of(clean.text()), cleaned)));
  }

  private RejectedInput rejection(FixedKeyRecord<String, RawArticle> record, Refusal problem) {
    RawArticle raw = record.value();
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    return DeadLetters.of(problem, stage, now)
        .setOrigin(context.recordMetadata().map(Rejections::origin).orElse(null))
        // A record sent under a key other than its id is known to its sender by that key.
        .setArticleId(problem.reason() == RejectReason.KEY_MISMATCH
            ? Rejections.articleId(record.key(), raw.getId())
            : Rejections.articleId(raw == null ? null : raw.getId(), record.key()))
        .setRawText(raw == null ? null : DeadLetters.truncate(raw.getText()))
        .build();
  }
}
