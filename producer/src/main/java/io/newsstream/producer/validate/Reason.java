package io.newsstream.producer.validate;

/** Why the producer refused an input: the code written to {@code news.dlq.v1} and shown to users. */
public enum Reason {
  /** No text, or only whitespace. */
  EMPTY_TEXT,
  /** The text, or the whole input, is over the size limit. */
  TOO_LARGE,
  /** The bytes are not text at all (NUL bytes, control characters, a binary file format). */
  BINARY_CONTENT,
  /** The bytes look like text but fit no known character encoding. */
  UNDECODABLE,
  /** Not valid JSON. */
  MALFORMED_JSON,
  /** Valid JSON, but a field has the wrong type (e.g. a number where a title belongs). */
  BAD_FIELD,
  /** {@code publishedAt} is not a date, or an implausible one. */
  BAD_DATE,
  /** {@code url} is not an absolute http(s) URL. */
  BAD_URL,
  /** An HTTP body in a media type the producer does not read. */
  UNSUPPORTED_CONTENT_TYPE,
  /** The input could not be read (missing file, permission, I/O error). */
  READ_FAILED,
  /** Valid, but Kafka would not take it (e.g. record too large for the broker) or it was not acknowledged before shutdown. */
  SEND_FAILED
}
