package io.newsstream.api;

import io.javalin.Javalin;
import io.newsstream.api.dashboard.DashboardRoutes;
import io.newsstream.api.health.HealthRoutes;
import io.newsstream.api.live.LiveFeed;
import io.newsstream.api.metrics.MetricsRoutes;
import io.newsstream.serde.SchemaRegistryClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Everything HTTP that reads the pipeline, mounted on one Javalin in one call: the REST API with
 * interactive queries, the live dashboard with its event stream, health and metrics. Close it
 * with the app: it stops the live feed's consumer, the metrics binders and the Admin client.
 */
public final class NewsstreamApi implements AutoCloseable {
  private final Admin admin;
  private final MetricsRoutes metrics;
  private final LiveFeed live;

  private NewsstreamApi(Admin admin, MetricsRoutes metrics, LiveFeed live) {
    this.admin = admin;
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
   * @param bootstrapServers the cluster, for the live feed's consumer and for the stores'
   *     partition counts
   * @param registry the schema registry, for the live feed to read the output topics
   * @param consumerOverrides Kafka client properties for the live feed and the Admin client that
   *     reads partition counts and the backlog (security and the like)
   */
  public static NewsstreamApi mount(Javalin app, KafkaStreams streams, HostInfo self, TopologyDescription topology,
      String bootstrapServers, SchemaRegistryClient registry, Map<String, Object> consumerOverrides) {
    Map<String, Object> adminConfig = new HashMap<>(consumerOverrides);
    adminConfig.remove(ConsumerConfig.CLIENT_ID_CONFIG); // the consumer's, not for the Admin client
    adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsstream-api");
    Admin admin = Admin.create(adminConfig);
    StorePartitionCounts counts = new StorePartitionCounts(admin, streams);
    Backlog backlog = Backlog.of(admin, streams, topology);
    HealthRoutes.mount(app, ApiRoutes.mount(app, streams, self, topology, counts, backlog), backlog);
    MetricsRoutes metrics = MetricsRoutes.mount(app, streams);
    LiveFeed live = new LiveFeed(bootstrapServers, registry, consumerOverrides);
    live.mount(app);
    DashboardRoutes.mount(app);
    return new NewsstreamApi(admin, metrics, live);
  }

  @Override
  public void close() {
    live.close();
    metrics.close();
    admin.close(Duration.ofSeconds(5));
  }
}
