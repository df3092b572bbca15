package io.newsstream.api.dashboard;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The live dashboard: three static files from the classpath, no build step, nothing fetched from
 * elsewhere (these machines have no internet, and a dashboard should not need it).
 *
 * <p>Why routes and not Javalin's static-files config: that config exists only when the Javalin is
 * created, and the launcher creates one Javalin for every part of the app before the API is mounted.
 */
public final class DashboardRoutes {
  private static final Map<String, String> FILES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "styles.css", "text/css; charset=utf-8");

  private DashboardRoutes() {}

  public static void mount(Javalin app) {
    app.get("/", ctx -> serve(ctx, "index.html"));
    app.get("/dashboard/{file}", ctx -> serve(ctx, ctx.pathParam("file")));
  }

  private static void serve(Context ctx, String file) throws IOException {
    String type = FILES.get(file);
    if (type == null) {
      ctx.status(404).result("no such file");
      return;
    }
    try (InputStream in = DashboardRoutes.class.getResourceAsStream("/dashboard/" + file)) {
      if (in == null) {
        ctx.status(404).result("no such file");
        return;
      }
      // The page is small and changes with the app; no caching keeps a new version visible at once.
      ctx.header("Cache-Control", "no-cache").contentType(type).result(in.readAllBytes());
    }
  }
}
