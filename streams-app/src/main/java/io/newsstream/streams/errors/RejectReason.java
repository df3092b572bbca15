package io.newsstream.streams.errors;

/** Why the streams app refused a record: the reason codes of {@code RejectedInput} on news.dlq.v1. */
public enum RejectReason {
  /** The record has no value (a tombstone): there is no article to process. */
  NULL_VALUE,
  /** The article has no id, so no verdict could be tied to it. */
  MISSING_ID,
  /**
   * The record's key is not its article's id. Articles are partitioned and their verdicts routed
   * by id; one sent under another key would get none.
   */
  KEY_MISMATCH,
  /** The text is larger than the limit. */
  TOO_LARGE,
  /** The text is blank, or nothing but site chrome. */
  EMPTY_TEXT,
  /** The bytes are not a RawArticle in the registry's Avro. */
  DESERIALIZATION_FAILED,
  /** A stage failed on the record unexpectedly; the detail names the exception. */
  PROCESSING_FAILED
}
