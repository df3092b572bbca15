package io.newsstream.launcher;

import io.javalin.Javalin;
import io.newsstream.api.NewsstreamApi;
import io.newsstream.api.StoreQueries;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.streams.NewsStreamsApp;
import io.newsstream.streams.StreamsSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * A streams-app instance with its API, dashboard, health and metrics on an HTTP server: what
 * {@code newsstream run} and {@code newsstream streams} start.
 *
 * @param self where other instances reach this one's API
 */
public record ServedStreamsApp(NewsStreamsApp app, NewsstreamApi api, HostInfo self) implements AutoCloseable {

  /**
   * Builds the app and mounts its API on {@code http} (started). {@code application.server} is set
   * to this server, last, so interactive queries find this instance by the address it serves at.
   * Until {@code app().start()} brings the app to RUNNING, the API answers 503 with Retry-After.
   */
  public static ServedStreamsApp create(Javalin http, String advertisedHost, StreamsSettings settings) {
    HostInfo self = new HostInfo(advertisedHost, http.port());
    NewsStreamsApp app = new NewsStreamsApp(
        settings.withKafkaOverrides(Map.of(StreamsConfig.APPLICATION_SERVER_CONFIG, StoreQueries.address(self))));
    try {
      NewsstreamApi api = NewsstreamApi.mount(http, app.kafkaStreams(), self, app.topology().describe(),
          settings.bootstrapServers(), new HttpSchemaRegistryClient(settings.schemaRegistryUrl(), settings.kafkaOverrides()),
          new LinkedHashMap<>(settings.kafkaOverrides()));
      return new ServedStreamsApp(app, api, self);
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
  }

  @Override
  public void close() {
    api.close();
    app.close();
  }
}
