package io.newsstream.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Wraps a route so that an {@link ApiException} becomes its JSON answer.
 *
 * <p>Why per route and not {@code app.exception(...)}: the API is mounted on a Javalin the launcher
 * shares with the registry and the ingest endpoint, possibly already started; handling its own
 * errors in its own routes changes nothing for the others.
 */
@FunctionalInterface
public interface Guarded {
  void handle(Context ctx) throws Exception;

  static Handler guard(Guarded route) {
    return ctx -> {
      try {
        route.handle(ctx);
      } catch (ApiException e) {
        e.answer(ctx);
      }
    };
  }
}
