package io.newsstream.api.health;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import io.newsstream.api.ApiException;
import io.newsstream.api.AvroJson;
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
 */
public final class HealthRoutes {
  private HealthRoutes() {}

  /** @param readiness whether the view stores of this instance can be read */
  public static void mount(Javalin app, Readiness readiness) {
    app.get("/health/live", ctx -> answer(ctx, 200, "UP", "the process is running"));
    app.get("/health/ready", ctx -> {
      String problem = readiness.notReadyBecause();
      if (problem == null) {
        answer(ctx, 200, "UP", "streams RUNNING, the view stores of this instance queryable");
      } else {
        ctx.header("Retry-After", String.valueOf(ApiException.RETRY_AFTER_SECONDS));
        answer(ctx, 503, "DOWN", problem);
      }
    });
  }

  private static void answer(Context ctx, int status, String verdict, String detail) {
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    body.put("status", verdict);
    body.put("detail", detail);
    ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(body.toString());
  }
}
