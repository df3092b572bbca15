package io.newsstream.serde;

/**
 * A schema registry refused a request or failed; carries the Confluent {@code error_code} (e.g.
 * 40403 schema not found, 409 incompatible) and the HTTP status of the answer.
 */
public class SchemaRegistryException extends RuntimeException {
  /** Confluent error code: the subject does not exist. */
  public static final int SUBJECT_NOT_FOUND = 40401;
  /** Confluent error code: the schema (or schema id) does not exist. */
  public static final int SCHEMA_NOT_FOUND = 40403;

  private final int errorCode;
  private final int httpStatus;

  /**
   * @param errorCode the Confluent error code from the answer's body, or the HTTP status when the
   *     body has none; -1 when there was no answer
   * @param httpStatus the HTTP status of the answer; -1 when there was no answer
   */
  public SchemaRegistryException(String message, int errorCode, int httpStatus) {
    this(message, errorCode, httpStatus, null);
  }

  public SchemaRegistryException(String message, int errorCode, int httpStatus, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
    this.httpStatus = httpStatus;
  }

  /** The Confluent error code, e.g. 40403; -1 when the registry did not answer. */
  public int errorCode() {
    return errorCode;
  }

  /** The HTTP status of the registry's answer; -1 when it did not answer. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Whether the subject, schema or id asked for does not exist (HTTP 404, codes 404xx). */
  public boolean isNotFound() {
    return httpStatus == 404;
  }
}
