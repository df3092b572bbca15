package io.newsstream.api.health;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import io.newsstream.api.ApiException;
import io.newsstream.api.AvroJson;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;

/**
 * Liveness and readiness, for a process supervisor or a load balancer.
 *
 * <p>Live: the process answers HTTP, so restarting it would not help. Ready: the streams app is
 * RUNNING and a query of a view store on every partition this instance holds succeeds, so
 * requests sent here will be answered; during a rebalance or a restore it is not ready (503), and
 * a load balancer sends requests elsewhere for those seconds.
 */
public final class HealthRoutes {
  // A key no view has: the probe reads the stores, not a value.
  private static final String PROBE_KEY = "__newsstream_ready_probe__";

  private HealthRoutes() {}

  /** @param probeStore a view store to query for readiness, e.g. ViewStores.TOTALS */
  public static void mount(Javalin app, KafkaStreams streams, String probeStore) {
    app.get("/health/live", ctx -> answer(ctx, 200, "UP", "the process is running"));
    app.get("/health/ready", ctx -> {
      String problem = notReadyBecause(streams, probeStore);
      if (problem == null) {
        answer(ctx, 200, "UP", "streams RUNNING, " + probeStore + " queryable");
      } else {
        ctx.header("Retry-After", String.valueOf(ApiException.RETRY_AFTER_SECONDS));
        answer(ctx, 503, "DOWN", problem);
      }
    });
  }

  /** Null when ready; else why not. */
  static String notReadyBecause(KafkaStreams streams, String probeStore) {
    KafkaStreams.State state = streams.state();
    if (state != KafkaStreams.State.RUNNING) {
      return "streams state is " + state;
    }
    StateQueryResult<Object> result;
    try {
      result = streams.query(
          StateQueryRequest.inStore(probeStore).withQuery(KeyQuery.<String, Object>withKey(PROBE_KEY)).requireActive());
    } catch (StreamsException | IllegalStateException e) {
      return "store " + probeStore + " cannot be queried: " + e.getMessage();
    }
    List<String> failures = new ArrayList<>();
    result.getPartitionResults().forEach((partition, r) -> {
      if (r.isFailure()) {
        failures.add("partition " + partition + ": " + r.getFailureReason());
      }
    });
    return failures.isEmpty() ? null : "store " + probeStore + " not queryable: " + String.join(", ", failures);
  }

  private static void answer(Context ctx, int status, String verdict, String detail) {
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    body.put("status", verdict);
    body.put("detail", detail);
    ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(body.toString());
  }
}
