package io.newsstream.dlq;

/**
 * Why an input was refused, by the producer or by the streams app: the {@code reason} of {@code
 * RejectedInput} on news.dlq.v1, and what users are shown. One vocabulary for both sides, so that
 * a consumer of the DLQ and the summaries count one reason under one name. The schema carries the
 * reason as a string: a code added here needs no new schema version.
 */
public enum RejectReason {
  /** No text, or only whitespace (or, in the streams app, nothing but site chrome). */
  EMPTY_TEXT,
  /** Fewer letters than {@link TextLimits#minLetters()}: too little to be an article. */
  TOO_SHORT,
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
  /**
   * Valid, but Kafka would not take it (e.g. record too large for the broker) or it was not
   * acknowledged before shutdown or the producer's timeout.
   */
  SEND_FAILED,
  /** A record on news.raw.v1 has no value (a tombstone): there is no article to process. */
  NULL_VALUE,
  /** The article has no id, so no verdict could be tied to it. */
  MISSING_ID,
  /**
   * The record's key is not its article's id. Articles are partitioned and their verdicts routed
   * by id; one sent under another key would get none.
   */
  KEY_MISMATCH,
  /** The bytes on news.raw.v1 are not a RawArticle in the registry's Avro. */
  DESERIALIZATION_FAILED,
  /** A streams stage failed on the record unexpectedly; the detail names the exception. */
  PROCESSING_FAILED
}
