package io.newsstream.api.health;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import io.newsstream.api.ApiException;
import io.newsstream.api.AvroJson;
import io.newsstream.api.Backlog;
import io.newsstream.api.Guarded;
import io.newsstream.api.Readiness;

/**
 * Liveness and readiness, for a process supervisor or a load balancer. Both answer
 * {"status": "UP" | "DOWN", "detail": "..."}.
 *
 * <p>Live: the process answers HTTP, so restarting it would not help. Ready: the streams app is
 * RUNNING and a query of every view store on each partition this instance runs as active succeeds,
 * so requests sent here will be answered; during a rebalance or a restore it is not ready (503), and
 * a load balancer sends requests elsewhere for those seconds. Standby replicas are not probed:
 * they never answer an active-only query, and an instance holding some would never be ready.
 *
 * <p>{@code ?drained=true} also waits for the backlog ({@link Backlog}, the whole app's) to be
 * processed, {@code &maxBacklog=N} for it to be N records or fewer (default 0): for a deployment
 * or a test that must not go on while the views lag behind the input. The answer then carries
 * {"backlog": N}.
 */
public final class HealthRoutes {
  private HealthRoutes() {}

  /**
   * @param readiness whether the view stores of this instance can be read
   * @param backlog what the app has still to process, for {@code ?drained=true}
   */
  public static void mount(Javalin app, Readiness readiness, Backlog backlog) {
    app.get("/health/live", ctx -> answer(ctx, 200, "UP", "the process is running", null));
    app.get("/health/ready", Guarded.guard(ctx -> {
      long allowed = allowedBacklog(ctx);
      String problem = readiness.notReadyBecause();
      Long records = null;
      if (problem == null && allowed >= 0) {
        try {
          records = backlog.records();
          if (records > allowed) {
            problem = "a backlog of " + records + " records not yet processed (drained=true waits for "
                + (allowed == 0 ? "none" : allowed + " or fewer") + ")";
          }
        } catch (ApiException e) {
          problem = e.getMessage();
        }
      }
      if (problem == null) {
        answer(ctx, 200, "UP", "streams RUNNING, the view stores of this instance queryable"
            + (allowed >= 0 ? ", the backlog drained" : ""), records);
      } else {
        ctx.header("Retry-After", String.valueOf(ApiException.RETRY_AFTER_SECONDS));
        answer(ctx, 503, "DOWN", problem, records);
      }
    }));
  }

  /** The backlog readiness allows: -1 (not asked) without {@code drained=true}. */
  private static long allowedBacklog(Context ctx) {
    String drained = ctx.queryParam("drained");
    String max = ctx.queryParam("maxBacklog");
    if (drained == null || drained.equals("false")) {
      if (max != null) {
        throw ApiException.badRequest("maxBacklog goes with drained=true");
      }
      return -1;
    }
    if (!drained.equals("true")) {
      throw ApiException.badRequest("drained must be true or false, not " + drained);
    }
    if (max == null) {
      return 0;
    }
    try {
      long value = Long.parseLong(max);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw ApiException.badRequest("maxBacklog must be a number of records, 0 or more, not " + max);
  }

  private static void answer(Context ctx, int status, String verdict, String detail, Long backlog) {
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    body.put("status", verdict);
    body.put("detail", detail);
    if (backlog != null) {
      body.put("backlog", backlog);
    }
    ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(body.toString());
  }
}
