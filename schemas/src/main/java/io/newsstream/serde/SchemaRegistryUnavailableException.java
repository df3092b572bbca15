package io.newsstream.serde;

/**
 * The schema registry could not be reached, or kept failing (HTTP 5xx, 429), through every retry.
 * Its message names the registry's URL. Unlike its parent, retrying later may help.
 */
public final class SchemaRegistryUnavailableException extends SchemaRegistryException {
  public SchemaRegistryUnavailableException(
      String message, int errorCode, int httpStatus, Throwable cause) {
    super(message, errorCode, httpStatus, cause);
  }
}
