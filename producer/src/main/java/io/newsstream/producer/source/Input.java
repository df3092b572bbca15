package io.newsstream.producer.source;

import io.newsstream.dlq.Refusal;
import io.newsstream.producer.validate.ArticleDraft;

/** One item a source read: an article to validate, or an input refused while reading it. */
public sealed interface Input {
  /** Where it was read: a file path (with {@code :line} or {@code [index]}), stdin, a request. */
  String origin();

  /**
   * An article read.
   *
   * @param contentType the media type of the input it came from
   * @param raw the input as read (text, HTML, a JSON object), for the dead-letter record if refused
   */
  record Article(String origin, String contentType, ArticleDraft draft, String raw) implements Input {}

  /**
   * An input refused before it became an article.
   *
   * @param rawText the input, if it could be decoded; else null
   * @param rawBytes the input's bytes, if it could not be decoded; else null
   */
  record Refused(String origin, Refusal refusal, String rawText, byte[] rawBytes) implements Input {}
}
