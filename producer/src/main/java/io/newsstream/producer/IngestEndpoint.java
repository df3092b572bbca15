package io.newsstream.producer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.http.BearerToken;
import io.newsstream.producer.http.ContentTypes;
import io.newsstream.producer.http.LimitedBody;
import io.newsstream.producer.source.ArticleJson;
import io.newsstream.producer.source.Format;
import io.newsstream.producer.source.Input;
import io.newsstream.producer.source.InputSink;
import io.newsstream.producer.source.IoErrors;
import io.newsstream.producer.validate.RefusedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/ingest}, the door for scrapers: a body of one JSON article, a JSON array,
 * JSON Lines ({@code application/x-ndjson}), {@code text/plain} or {@code text/html}, in any
 * charset the {@code Content-Type} names or the producer detects. It answers once Kafka has
 * acknowledged every article, with each item's id or the reason it was refused:
 *
 * <pre>{"request": "3f2a9c1e0b7d", "accepted": 1, "refused": 1, "items": [
 *   {"index": 0, "status": "accepted", "id": "..."},
 *   {"index": 1, "status": "refused", "reason": "EMPTY_TEXT", "detail": "the text is empty"}]}</pre>
 *
 * In {@code news.dlq.v1} the origin of an item is {@code http:<client ip>/<request>} with
 * {@code :<line>} for JSON Lines or {@code [<index>]} for a JSON array.
 *
 * Status: 200 if anything was accepted (refused items are in the answer and in {@code news.dlq.v1});
 * 503 if Kafka did not take (or acknowledge) any article within about 20 (30) s: they are refused as SEND_FAILED
 * (send again later: ids stay the same); when all is refused, 400 for
 * malformed JSON, 413 for a body over the limit, 415 for an unsupported type, else 422; 401 for a
 * missing or wrong bearer token. Errors are JSON: {@code {"error": "CODE", "detail": "..."}}.
 */
public final class IngestEndpoint {
  /** Where the endpoint is mounted. */
  public static final String PATH = "/api/ingest";
  /** The largest body read by default, the same wherever the endpoint is served: 32 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(IngestEndpoint.class);
  // A scraper waits this long for an unreachable broker or registry before it is told 503.
  private static final Duration SEND_PATIENCE = Duration.ofSeconds(20);
  private static final IngestListener LOG_REFUSALS = new IngestListener() {
    @Override
    public void onAccepted(String articleId, String origin) {}

    @Override
    public void onRefused(String reason, String detail, String origin) {
      log.warn("refused {}: {} ({})", origin, reason, detail);
    }
  };

  private final NewsProducer producer;
  private final Optional<String> bearerToken;
  private final long maxBodyBytes;
  private final IngestListener listener;

  private IngestEndpoint(NewsProducer producer, Optional<String> bearerToken, long maxBodyBytes,
      IngestListener listener) {
    this.producer = producer;
    this.bearerToken = bearerToken.filter(t -> !t.isBlank());
    this.maxBodyBytes = maxBodyBytes;
    this.listener = listener;
  }

  /** Mounts the endpoint; refusals are logged as warnings. */
  public static void mount(Javalin app, NewsProducer producer, Optional<String> bearerToken, long maxBodyBytes) {
    mount(app, producer, bearerToken, maxBodyBytes, LOG_REFUSALS);
  }

  /**
   * Mounts the endpoint on an app that may serve other routes too.
   *
   * @param bearerToken if present, requests must carry {@code Authorization: Bearer <token>}
   * @param maxBodyBytes the largest body read; larger ones are refused with 413
   * @param listener hears each item's fate
   */
  public static void mount(Javalin app, NewsProducer producer, Optional<String> bearerToken, long maxBodyBytes,
      IngestListener listener) {
    IngestEndpoint endpoint = new IngestEndpoint(producer, bearerToken, maxBodyBytes, listener);
    app.post(PATH, endpoint::handle);
    // A person trying the URL in a browser learns what to do, in the endpoint's own JSON.
    for (HandlerType method : List.of(HandlerType.GET, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH)) {
      app.addHttpHandler(method, PATH, ctx -> {
        ctx.header("Allow", "POST");
        error(ctx, 405, "METHOD_NOT_ALLOWED", "send articles with POST " + PATH
            + " (JSON, a JSON array, JSON Lines, text/plain or text/html)");
      });
    }
  }

  private void handle(Context ctx) {
    if (bearerToken.isPresent() && !BearerToken.matches(ctx.header("Authorization"), bearerToken.get())) {
      ctx.header("WWW-Authenticate", "Bearer");
      error(ctx, 401, "UNAUTHORIZED", "send 'Authorization: Bearer <token>' with the ingest token");
      return;
    }
    String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String origin = "http:" + ctx.ip() + "/" + requestId;
    Ingestion ingestion = producer.begin(listener, SEND_PATIENCE);
    List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
    InputSink sink = new InputSink() {
      @Override
      public void accept(Input input) {
        outcomes.add(ingestion.submit(input));
      }

      @Override
      public void bytesRead(long bytes) {
        ingestion.bytesRead(bytes);
      }
    };
    try {
      read(ctx, origin, sink);
    } catch (Ingestion.StoppedException e) {
      ingestion.finish();
      error(ctx, 503, "SHUTTING_DOWN", "the producer is shutting down; send again later");
      return;
    } catch (IOException e) {
      ingestion.finish();
      error(ctx, 400, "READ_FAILED", "could not read the request body: " + IoErrors.describe(e));
      return;
    } catch (RuntimeException e) {
      ingestion.finish();
      log.error("POST {} failed on request {}", PATH, requestId, e);
      error(ctx, 500, "INTERNAL", "the producer failed on this request; the log says why under request id " + requestId);
      return;
    }
    ingestion.finish();
    // Every outcome settles: what Kafka has not acknowledged shortly after the patience is refused.
    ctx.future(() -> CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
        .thenRun(() -> respond(ctx, requestId, outcomes.stream().map(CompletableFuture::join).toList())));
  }

  private void read(Context ctx, String origin, InputSink sink) throws IOException {
    String encoding = ctx.header("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.equalsIgnoreCase("identity")) {
      sink.accept(refused(origin, RejectReason.UNSUPPORTED_CONTENT_TYPE,
          "Content-Encoding '" + encoding + "' is not supported: send the body uncompressed", null));
      return;
    }
    long declaredLength = ctx.req().getContentLengthLong();
    if (declaredLength > maxBodyBytes) {
      sink.accept(refused(origin, RejectReason.TOO_LARGE,
          "the body is " + declaredLength + " bytes, over the limit of " + maxBodyBytes, null));
      return;
    }
    Optional<byte[]> body = LimitedBody.read(ctx.req().getInputStream(), maxBodyBytes);
    if (body.isEmpty()) {
      sink.accept(refused(origin, RejectReason.TOO_LARGE, "the body is over the limit of " + maxBodyBytes + " bytes", null));
      return;
    }
    byte[] bytes = body.get();
    Format format;
    Optional<Charset> charset;
    try {
      charset = ContentTypes.charsetOf(ctx.contentType());
      format = ContentTypes.formatOf(ctx.contentType()).orElseGet(() -> Format.sniff(bytes, bytes.length));
    } catch (RefusedException e) {
      sink.accept(new Input.Refused(origin, e.refusal(), null, bytes));
      return;
    }
    producer.reader().read(format, new ByteArrayInputStream(bytes), origin, charset, Optional.empty(), sink);
  }

  private static void respond(Context ctx, String requestId, List<Outcome> outcomes) {
    ObjectNode answer = ArticleJson.MAPPER.createObjectNode();
    long accepted = outcomes.stream().filter(Outcome::accepted).count();
    int status = status(outcomes, accepted);
    if (status != 200) {
      Refusal first = outcomes.isEmpty() ? null : outcomes.get(0).refusal();
      boolean one = outcomes.size() == 1;
      answer.put("error", outcomes.isEmpty() ? "NO_ARTICLES" : one ? first.reason().name() : "ALL_REFUSED");
      answer.put("detail", outcomes.isEmpty() ? "the body holds no article"
          : one ? first.detail() : "every item was refused; see items");
    }
    answer.put("request", requestId);
    answer.put("accepted", accepted);
    answer.put("refused", outcomes.size() - accepted);
    ArrayNode items = answer.putArray("items");
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      ObjectNode item = items.addObject();
      item.put("index", i);
      item.put("status", outcome.accepted() ? "accepted" : "refused");
      if (outcome.articleId() != null) {
        item.put("id", outcome.articleId());
      }
      if (!outcome.accepted()) {
        item.put("reason", outcome.refusal().reason().name());
        item.put("detail", outcome.refusal().detail());
      }
    }
    ctx.status(status).contentType("application/json").result(answer.toString());
  }

  private static int status(List<Outcome> outcomes, long accepted) {
    if (outcomes.isEmpty()) {
      return 400;
    }
    if (accepted > 0) {
      return 200;
    }
    if (outcomes.stream().anyMatch(o -> o.refusal().reason() == RejectReason.SEND_FAILED)) {
      return 503;
    }
    if (outcomes.size() > 1) {
      return 422;
    }
    return switch (outcomes.get(0).refusal().reason()) {
      case MALFORMED_JSON -> 400;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_CONTENT_TYPE -> 415;
      default -> 422;
    };
  }

  private static void error(Context ctx, int status, String code, String detail) {
    ObjectNode answer = ArticleJson.MAPPER.createObjectNode().put("error", code).put("detail", detail);
    ctx.status(status).contentType("application/json").result(answer.toString());
  }

  private static Input.Refused refused(String origin, RejectReason reason, String detail, byte[] rawBytes) {
    return new Input.Refused(origin, new Refusal(reason, detail), null, rawBytes);
  }
}
