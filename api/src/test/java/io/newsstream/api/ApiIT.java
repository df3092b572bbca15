package io.newsstream.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.streams.views.ViewStores;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of a test app on a real broker, each behind its own Javalin: any instance answers
 * any key (forwarding to the owner), "all" answers merge both, and when one instance goes the
 * other takes its partitions over and answers them.
 */
class ApiIT {
  private static final String ARTICLES_TOPIC = "it.articles";
  private static final String TOTALS_TOPIC = "it.totals";
  private static final int PARTITIONS = 4;
  private static final int ARTICLES = 40;
  private static final List<String> LANGUAGES = List.of("kk", "ru", "en", "uk", "be", "mn", "tr", "de", "ky", "uz");

  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  /** One instance: its Javalin, its Kafka Streams client, the partition counts and backlog it reads with its Admin client. */
  record Instance(Javalin web, KafkaStreams streams, Admin admin, StorePartitionCounts counts, Backlog backlog, String url)
      implements AutoCloseable {
    @Override
    public void close() {
      close(CloseOptions.GroupMembershipOperation.LEAVE_GROUP);
    }

    /** Closed as a crash leaves the group: without a word, so the next start resumes from the commits. */
    void closeAsIfCrashed() {
      close(CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP);
    }

    private void close(CloseOptions.GroupMembershipOperation membership) {
      streams.close(CloseOptions.groupMembershipOperation(membership).withTimeout(Duration.ofSeconds(30)));
      web.stop();
      admin.close();
    }
  }

  @Test
  void theBacklogIsWhatIsNotProcessedFromTheFirstFigureAndDrainedReadinessWaitsForIt() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0, Map.of())) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic(ARTICLES_TOPIC, PARTITIONS, (short) 1),
            new NewTopic(TOTALS_TOPIC, PARTITIONS, (short) 1))).all().get();
      }
      produce(broker);
      int records = ARTICLES + 3 + LANGUAGES.size();
      Properties exactlyOnce = config(broker.bootstrapServers(), "drained", 0);
      exactlyOnce.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
      // Static, as the app is: the restart below takes its place at once, not after the session timeout.
      exactlyOnce.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "drained");
      Instance first = create(broker, "drained", exactlyOnce);
      try {
        // Nothing fetched yet, nothing committed: all of it is backlog, not 0.
        assertThat(backlog(first)).isEqualTo(records);
        HttpResponse<String> notYet = http(first.url() + "/health/ready?drained=true");
        assertThat(notYet.statusCode()).isEqualTo(503);
        first.streams().start();
        JsonNode drained = json(await(first.url() + "/health/ready?drained=true", r -> r.statusCode() == 200));
        assertThat(drained.path("backlog").asLong()).isZero();
        // Under exactly-once the commit markers take offsets too; drained still means 0 left.
        assertThat(json(http(first.url() + "/api/stats")).path("consumerLag").asLong()).isZero();
      } finally {
        first.closeAsIfCrashed();
      }

      // More input while the app is down: the restarted instance's first figure is that, not 0.
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(
          Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
          new StringSerializer(), new StringSerializer())) {
        for (int i = 0; i < 10; i++) {
          producer.send(new ProducerRecord<>(ARTICLES_TOPIC, "late-" + i, "title of late-" + i)).get();
        }
      }
      try (Instance again = create(broker, "drained", exactlyOnce)) {
        assertThat(backlog(again)).isEqualTo(10);
        again.streams().start();
        JsonNode ready = json(await(again.url() + "/health/ready?drained=true&maxBacklog=0", r -> r.statusCode() == 200));
        assertThat(ready.path("backlog").asLong()).isZero();
        assertThat(http(again.url() + "/health/ready?drained=maybe").statusCode()).isEqualTo(400);
        assertThat(http(again.url() + "/health/ready?drained=true&maxBacklog=-1").statusCode()).isEqualTo(400);
      }
    }
  }

  @Test
  void anyInstanceAnswersEveryKeyAndTheWholeStoreAndTheSurvivorTakesOver() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0, Map.of())) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic(ARTICLES_TOPIC, PARTITIONS, (short) 1),
            new NewTopic(TOTALS_TOPIC, PARTITIONS, (short) 1))).all().get();
      }
      Instance a = start(broker, "a");
      Instance b = start(broker, "b");
      try {
        produce(broker);
        awaitRunning(a.streams());
        awaitRunning(b.streams());

        // Every key, asked of either instance, gives the same answer; some came from the other one.
        Set<String> forwardedByA = new HashSet<>();
        Set<String> forwardedByB = new HashSet<>();
        for (int i = 0; i < ARTICLES; i++) {
          String id = "article-" + i;
          HttpResponse<String> fromA = await(a.url() + "/api/articles/" + id, r -> r.statusCode() == 200);
          HttpResponse<String> fromB = await(b.url() + "/api/articles/" + id, r -> r.statusCode() == 200);
          assertThat(json(fromA)).isEqualTo(json(fromB));
          assertThat(json(fromA).asText()).isEqualTo("title of " + id);
          if (!servedBy(fromA).equals(StoreQueries.address(hostOf(a)))) {
            forwardedByA.add(id);
          }
          if (!servedBy(fromB).equals(StoreQueries.address(hostOf(b)))) {
            forwardedByB.add(id);
          }
        }
        assertThat(forwardedByA).as("keys A fetched from B").isNotEmpty();
        assertThat(forwardedByB).as("keys B fetched from A").isNotEmpty();
        // Asked until answered: a key the other instance holds is forwarded, and a slow hop is a 503.
        await(a.url() + "/api/articles/no-such-article", r -> r.statusCode() == 404);
        await(b.url() + "/api/articles/no-such-article", r -> r.statusCode() == 404);

        // "All" queries merge both instances' partitions, whichever instance is asked. The totals
        // topic is read by other tasks than the articles, so its last records may still be on the
        // way: every total is awaited, as a client would poll, and then checked.
        for (Instance asked : List.of(a, b)) {
          JsonNode stats = json(await(asked.url() + "/api/stats", ApiIT::hasEveryTotal));
          assertThat(stats.path("articles").asLong()).isEqualTo(ARTICLES);
          assertThat(stats.path("duplicates").asLong()).isEqualTo(3);
          assertThat(stats.path("rejected").asLong()).isEqualTo(2);
          List<String> languages = new ArrayList<>();
          stats.path("languages").fieldNames().forEachRemaining(languages::add);
          assertThat(languages).containsExactlyInAnyOrderElementsOf(LANGUAGES);
          assertThat(stats.has("throughput")).isTrue();
          assertThat(stats.has("consumerLag")).isTrue();
        }
        assertThat(a.counts().of(ViewStores.TOTALS)).isEqualTo(PARTITIONS);
        // Both instances ready: standbys or not, each probes only what it runs as active.
        for (Instance asked : List.of(a, b)) {
          await(asked.url() + "/health/ready", r -> r.statusCode() == 200);
        }
        // Whole stores are read only where a public route does: not articles-by-id (full texts).
        assertThat(json(http(b.url() + StoreQueries.INTERNAL_PREFIX + ViewStores.ARTICLES_BY_ID + "/all"))
            .path("error").asText()).isEqualTo("not_found");

        // B goes; A takes B's partitions over, restores them and answers (503 allowed meanwhile).
        b.close();
        for (String id : forwardedByA) {
          HttpResponse<String> r = await(a.url() + "/api/articles/" + id, x -> x.statusCode() == 200);
          assertThat(json(r).asText()).isEqualTo("title of " + id);
          assertThat(servedBy(r)).isEqualTo(StoreQueries.address(hostOf(a)));
        }
        // The totals' tasks restore on their own schedule: 503 until they are back, then complete.
        JsonNode statsAfter = json(await(a.url() + "/api/stats", ApiIT::hasEveryTotal));
        assertThat(statsAfter.path("articles").asLong()).isEqualTo(ARTICLES);
        assertThat(statsAfter.path("languages").size()).isEqualTo(LANGUAGES.size());
      } finally {
        a.close();
        b.close();
      }
    }
  }

  @Test
  void beforeStartTheApiIsUnavailableButValidatesAndDescribes() throws Exception {
    // Before start the app is CREATED: alive, not ready, and the API answers 503 with Retry-After.
    Properties config = config("localhost:1", "unstarted", 0);
    KafkaStreams streams = new KafkaStreams(topology(), config);
    Javalin web = Javalin.create(c -> c.showJavalinBanner = false).start(0);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", "localhost:1"))) {
      StorePartitionCounts counts = new StorePartitionCounts(admin, streams);
      Backlog backlog = Backlog.of(admin, streams, topology().describe());
      Readiness stores = ApiRoutes.mount(web, streams, new HostInfo("localhost", web.port()), topology().describe(),
          counts, backlog);
      io.newsstream.api.health.HealthRoutes.mount(web, stores, backlog);
      String url = "http://localhost:" + web.port();
      assertThat(http(url + "/health/live").statusCode()).isEqualTo(200);
      HttpResponse<String> ready = http(url + "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      HttpResponse<String> article = http(url + "/api/articles/x");
      assertThat(article.statusCode()).isEqualTo(503);
      assertThat(article.headers().firstValue("Retry-After")).isPresent();
      assertThat(json(article).path("error").asText()).isEqualTo("unavailable");
      assertThat(http(url + "/api/stats").statusCode()).isEqualTo(503);
      assertThat(http(url + "/api/regions").statusCode()).isEqualTo(503);
      // Malformed requests are the client's fault whatever the state: 400, and unknown regions 404.
      assertThat(http(url + "/api/sessions/KZ-19/PROVINCIAL/27").statusCode()).isEqualTo(400);
      assertThat(http(url + "/api/sessions/KZ-19/regional/XXVII").statusCode()).isEqualTo(400);
      assertThat(http(url + "/api/sessions/KZ-19/regional/0").statusCode()).isEqualTo(400);
      assertThat(json(http(url + "/api/regions/XX-19/sessions")).path("error").asText()).isEqualTo("not_found");
      assertThat(http(url + "/api/activity/regions?granularity=week").statusCode()).isEqualTo(400);
      assertThat(json(http(url + "/api/openapi.json")).path("paths").has("/api/activity/regions")).isTrue();
      assertThat(json(http(url + "/api/topology")).path("text").asText()).contains(ViewStores.ARTICLES_BY_ID);
      assertThat(json(http(url + "/api/openapi.json")).path("paths").has("/api/articles/{id}")).isTrue();
      try (io.newsstream.api.metrics.MetricsRoutes metrics = io.newsstream.api.metrics.MetricsRoutes.mount(web, streams)) {
        HttpResponse<String> scrape = http(url + "/metrics");
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
      }
    } finally {
      web.stop();
      streams.close();
    }
  }

  private Instance start(EmbeddedKafkaBroker broker, String name) {
    Instance instance = create(broker, name, config(broker.bootstrapServers(), name, 0));
    instance.streams().start();
    return instance;
  }

  /** An instance not started yet, on its own port; {@code config}'s application.server is set to it. */
  private Instance create(EmbeddedKafkaBroker broker, String name, Properties config) {
    Javalin web = Javalin.create(c -> c.showJavalinBanner = false).start(0);
    HostInfo self = new HostInfo("localhost", web.port());
    Topology topology = topology();
    config.put(StreamsConfig.APPLICATION_SERVER_CONFIG, StoreQueries.address(self));
    KafkaStreams streams = new KafkaStreams(topology, config);
    Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
    StorePartitionCounts counts = new StorePartitionCounts(admin, streams);
    Backlog backlog = Backlog.of(admin, streams, topology.describe());
    Readiness stores = ApiRoutes.mount(web, streams, self, topology.describe(), counts, backlog);
    io.newsstream.api.health.HealthRoutes.mount(web, stores, backlog);
    return new Instance(web, streams, admin, counts, backlog, "http://localhost:" + web.port());
  }

  /** The test's views: two stores named like the real ones, from topics of 4 partitions. */
  private static Topology topology() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.table(ARTICLES_TOPIC, Consumed.with(Serdes.String(), Serdes.String()).withName("it-articles-source"),
        Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(ViewStores.ARTICLES_BY_ID)
            .withKeySerde(Serdes.String()).withValueSerde(Serdes.String()));
    builder.table(TOTALS_TOPIC, Consumed.with(Serdes.String(), Serdes.Long()).withName("it-totals-source"),
        Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(ViewStores.TOTALS)
            .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()));
    return builder.build();
  }

  private Properties config(String bootstrap, String name, int port) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "api-it");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state-" + name).toString());
    config.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "localhost:" + port);
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // Each instance must take its share at once, not after a probing rebalance minutes later.
    config.put(StreamsConfig.ACCEPTABLE_RECOVERY_LAG_CONFIG, Long.MAX_VALUE);
    // Standbys on the other instance: readiness and "all" must read only the active partitions.
    config.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
    return config;
  }

  private static void produce(EmbeddedKafkaBroker broker) throws Exception {
    Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    try (KafkaProducer<String, String> articles = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        KafkaProducer<String, Long> totals = new KafkaProducer<>(config, new StringSerializer(), new LongSerializer())) {
      for (int i = 0; i < ARTICLES; i++) {
        articles.send(new ProducerRecord<>(ARTICLES_TOPIC, "article-" + i, "title of article-" + i)).get();
      }
      totals.send(new ProducerRecord<>(TOTALS_TOPIC, "articles", (long) ARTICLES)).get();
      totals.send(new ProducerRecord<>(TOTALS_TOPIC, "duplicates", 3L)).get();
      totals.send(new ProducerRecord<>(TOTALS_TOPIC, "rejected", 2L)).get();
      for (int i = 0; i < LANGUAGES.size(); i++) {
        totals.send(new ProducerRecord<>(TOTALS_TOPIC, "language:" + LANGUAGES.get(i), (long) i + 1)).get();
      }
    }
  }

  /**
   * The instance's backlog figure, asked until the cluster answers: a fresh broker creates its
   * offsets topic on the first group look-up, and until then the figure is unknown (never 0).
   */
  private static long backlog(Instance instance) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        return instance.backlog().records();
      } catch (ApiException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  private static void awaitRunning(KafkaStreams streams) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
  }

  /** Asks until the answer passes {@code done}; any 503 on the way must say when to retry. */
  private HttpResponse<String> await(String url, Predicate<HttpResponse<String>> done) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    HttpResponse<String> last;
    do {
      last = http(url);
      if (done.test(last)) {
        return last;
      }
      assertThat(last.statusCode()).as("%s answered %s", url, last.body()).isIn(200, 404, 503);
      if (last.statusCode() == 503) {
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(url + " never answered as expected; last: " + last.statusCode() + " " + last.body());
  }

  private HttpResponse<String> http(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return AvroJson.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private static boolean hasEveryTotal(HttpResponse<String> stats) {
    JsonNode body = json(stats);
    return stats.statusCode() == 200 && body.path("articles").asLong() > 0 && body.path("duplicates").asLong() > 0
        && body.path("rejected").asLong() > 0 && body.path("languages").size() == LANGUAGES.size();
  }

  private static String servedBy(HttpResponse<String> response) {
    return response.headers().firstValue(StoreQueries.SERVED_BY).orElseThrow();
  }

  private static HostInfo hostOf(Instance i) {
    return new HostInfo(URI.create(i.url()).getHost(), URI.create(i.url()).getPort());
  }
}
