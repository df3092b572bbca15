package io.newsstream.api;

import io.javalin.Javalin;
import io.newsstream.api.dashboard.DashboardRoutes;
import io.newsstream.api.health.HealthRoutes;
import io.newsstream.api.live.LiveFeed;
import io.newsstream.api.metrics.MetricsRoutes;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.views.ViewStores;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Everything HTTP that reads the pipeline, mounted on one Javalin in one call: the REST API with
 * interactive queries, the live dashboard with its event stream, health and metrics. Close it
 * with the app: it stops the live feed's consumer and the metrics binders.
 */
public final class NewsstreamApi implements AutoCloseable {
  private final StoreQueries stores;
  private final MetricsRoutes metrics;
  private final LiveFeed live;

  private NewsstreamApi(StoreQueries stores, MetricsRoutes metrics, LiveFeed live) {
    this.stores = stores;
    this.metrics = metrics;
    this.live = live;
  }

  /**
   * Mounts it all on {@code app}, started or not.
   *
   * @param streams the app's Kafka Streams client, configured with {@code application.server} =
   *     {@code self}
   * @param self the host:port of {@code app} as the other instances reach it
   * @param topology the app's topology description
   * @param bootstrapServers the cluster, for the live feed's consumer
   * @param registry the schema registry, for the live feed to read the output topics
   * @param consumerOverrides Kafka client properties for the live feed (security and the like)
   */
  public static NewsstreamApi mount(Javalin app, KafkaStreams streams, HostInfo self, TopologyDescription topology,
      String bootstrapServers, SchemaRegistryClient registry, Map<String, Object> consumerOverrides) {
    StoreQueries stores = ApiRoutes.mount(app, streams, self, topology);
    HealthRoutes.mount(app, streams, ViewStores.TOTALS);
    MetricsRoutes metrics = MetricsRoutes.mount(app, streams);
    LiveFeed live = new LiveFeed(bootstrapServers, registry, consumerOverrides);
    live.mount(app);
    DashboardRoutes.mount(app);
    return new NewsstreamApi(stores, metrics, live);
  }

  public StoreQueries stores() {
    return stores;
  }

  @Override
  public void close() {
    live.close();
    metrics.close();
  }
}
