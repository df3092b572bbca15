package io.newsstream.registry;

import java.util.List;

/**
 * A request the registry refuses, with the Confluent Schema Registry's {@code error_code}. The HTTP
 * status follows from the code as in Confluent's: the first three digits of a five-digit code
 * (40401 → 404), a three-digit code itself (409 → 409).
 */
public final class RegistryException extends RuntimeException {
  private final int errorCode;

  RegistryException(int errorCode, String message) {
    super(message);
    this.errorCode = errorCode;
  }

  RegistryException(int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
  }

  /** Confluent's error code, e.g. 40401. */
  public int errorCode() {
    return errorCode;
  }

  /** The HTTP status that goes with {@link #errorCode()}. */
  public int httpStatus() {
    return errorCode >= 10_000 ? errorCode / 100 : errorCode;
  }

  static RegistryException subjectNotFound(String subject) {
    return new RegistryException(40401, "Subject '" + subject + "' not found.");
  }

  static RegistryException versionNotFound(int version) {
    return new RegistryException(40402, "Version " + version + " not found.");
  }

  static RegistryException schemaNotFound() {
    return new RegistryException(40403, "Schema not found");
  }

  static RegistryException schemaNotFound(int id) {
    return new RegistryException(40403, "Schema " + id + " not found");
  }

  static RegistryException subjectSoftDeleted(String subject) {
    return new RegistryException(40404,
        "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
  }

  static RegistryException subjectNotSoftDeleted(String subject) {
    return new RegistryException(40405,
        "Subject '" + subject + "' was not deleted first before being permanently deleted");
  }

  static RegistryException subjectConfigNotFound(String subject) {
    return new RegistryException(40408,
        "Subject '" + subject + "' does not have subject-level compatibility configured");
  }

  static RegistryException incompatible(String subject, List<String> problems) {
    return new RegistryException(409,
        "Schema being registered is incompatible with an earlier schema for subject '" + subject
            + "', details: " + String.join("; ", problems));
  }

  static RegistryException invalidSchema(String why) {
    return new RegistryException(42201, "Invalid schema: " + why);
  }

  static RegistryException invalidVersion(String version) {
    return new RegistryException(42202,
        "The specified version '" + version + "' is not a valid version id. Allowed values are"
            + " between [1, 2^31-1] and the string \"latest\"");
  }

  static RegistryException invalidCompatibility(String why) {
    return new RegistryException(42203, why);
  }

  static RegistryException unauthorized() {
    return new RegistryException(40101,
        "Unauthorized: changes to this registry need HTTP basic auth with its credentials (a client: "
            + "basic.auth.credentials.source=USER_INFO, basic.auth.user.info=USER:PASSWORD)");
  }

  static RegistryException readOnly() {
    return new RegistryException(42205, "Operation not permitted: the registry is in READONLY mode");
  }

  static RegistryException schemasStillInUse(String subject, String topic, long records) {
    return new RegistryException(42206, "Subject '" + subject + "' may still be in use: topic '" + topic
        + "' holds " + records + " records whose schema ids would no longer resolve, and new versions would get new ids."
        + " Delete the records first, or set force=true to delete permanently anyway");
  }

  static RegistryException invalidMode(String why) {
    return new RegistryException(42204, why);
  }

  static RegistryException storeError(String what, Throwable cause) {
    return new RegistryException(50001, "Error in the backend data store: " + what + ": " + cause, cause);
  }
}
