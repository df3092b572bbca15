package io.newsstream.registry;

import io.javalin.Javalin;

/**
 * A standalone schema registry: a {@link SchemaRegistry} served at the root path of its own HTTP
 * port, for {@code newsstream registry} and tests. To serve the registry beside other routes on an
 * existing app, use {@link RegistryRoutes#mount} instead.
 */
public final class SchemaRegistryServer implements AutoCloseable {
  private final SchemaRegistry registry;
  private final Javalin app;

  private SchemaRegistryServer(SchemaRegistry registry, Javalin app) {
    this.registry = registry;
    this.app = app;
  }

  /**
   * Opens the registry on {@code bootstrapServers} and serves it.
   *
   * @param port the HTTP port; 0 picks a free one
   * @param replicationFactor of the topic {@code _schemas}, if it has to be created
   */
  public static SchemaRegistryServer start(String bootstrapServers, int port, short replicationFactor) {
    return start(SchemaRegistry.open(bootstrapServers, replicationFactor), port);
  }

  /**
   * Serves {@code registry}, which the server then owns: {@link #close()} closes it, and so does a
   * failure to start.
   *
   * @param port the HTTP port; 0 picks a free one
   */
  public static SchemaRegistryServer start(SchemaRegistry registry, int port) {
    return start(registry, "0.0.0.0", port, RegistryAccess.open());
  }

  /**
   * Serves {@code registry} on {@code host}, which the server then owns, with changes guarded by
   * {@code access}.
   *
   * @param port the HTTP port; 0 picks a free one
   */
  public static SchemaRegistryServer start(SchemaRegistry registry, String host, int port, RegistryAccess access) {
    try {
      Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
      RegistryRoutes.mount(app, "", registry, access);
      app.start(host, port);
      return new SchemaRegistryServer(registry, app);
    } catch (RuntimeException e) {
      registry.close();
      throw e;
    }
  }

  /** The HTTP port, the one picked if 0 was asked for. */
  public int port() {
    return app.port();
  }

  /** Where clients reach the registry, e.g. {@code http://localhost:8081}. */
  public String url() {
    return "http://localhost:" + port();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      registry.close();
    }
  }
}
