package io.newsstream.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.ContentType;

/**
 * An answer other than 200, with the JSON body every error of the API has:
 * {"status": 503, "error": "unavailable", "message": "..."}.
 *
 * <p>Why 503 with Retry-After for everything that is about where the data is (a rebalance, a store
 * restoring, an instance unreachable, a partition whose query failed): the data exists and will be
 * readable in a moment, so a client should retry, not give up (4xx) or report a bug (500). Nor may
 * an answer be silently partial: an "all" query that missed one partition is a 503 too.
 */
public final class ApiException extends RuntimeException {
  /** What a client should wait before retrying a 503: a rebalance or a restore takes seconds. */
  public static final int RETRY_AFTER_SECONDS = 2;

  private final int status;
  private final String error;

  private ApiException(int status, String error, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.error = error;
  }

  public static ApiException unavailable(String message) {
    return new ApiException(503, "unavailable", message, null);
  }

  public static ApiException unavailable(String message, Throwable cause) {
    return new ApiException(503, "unavailable", message, cause);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message, null);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message, null);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  /** Writes this error as the answer of {@code ctx}. */
  public void answer(Context ctx) {
    if (status == 503) {
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    body.put("status", status);
    body.put("error", error);
    body.put("message", getMessage());
    ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(body.toString());
  }
}
