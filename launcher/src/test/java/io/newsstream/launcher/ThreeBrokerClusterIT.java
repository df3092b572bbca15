package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.producer.IngestListener;
import io.newsstream.producer.IngestReport;
import io.newsstream.producer.NewsProducer;
import io.newsstream.producer.ProducerSettings;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.streams.StreamsSettings;
import io.newsstream.language.LanguageDetector;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline on a replicated cluster: three KRaft brokers (and a controller) on loopback, every
 * topic with three replicas and min.insync.replicas 2, two streams-app instances and the producer.
 * One broker is stopped while a few thousand articles are under way and started again; read with
 * read_committed, each unique article is on news.articles.v1 once, each copy's notice on
 * news.duplicates.v1 once, and both instances' views count exactly that.
 *
 * <p>The broker settings here are the ones docker/compose.yaml gives its brokers, but for the
 * internal topics' partition counts, cut from 50 to keep the start fast on a small machine.
 */
class ThreeBrokerClusterIT {
  /** Unique articles; every fourth gets a verbatim copy under another outlet's URL. */
  private static final int ORIGINALS = Integer.getInteger("newsstream.cluster.articles", 1600);
  private static final int PARTITIONS = 4;
  private static final short REPLICAS = 3;
  /** A bound for each wait on a state, far above what the test needs on a machine of its own. */
  private static final Duration PATIENCE = Duration.ofMinutes(8);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(ThreeBrokerClusterIT.class);

  @TempDir Path dataDir;

  @Test
  void verdictsStayExactlyOnceWhileABrokerStopsAndStartsAgain() throws Exception {
    long started = System.nanoTime();
    List<Path> originals = writeArticles(dataDir.resolve("input"));
    Path copies = originals.remove(originals.size() - 1);
    try (KafkaClusterTestKit cluster = startCluster(dataDir.resolve("kafka"));
        Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()));
        SchemaRegistryServer registry = SchemaRegistryServer.start(cluster.bootstrapServers(), 0, REPLICAS)) {
      Topics.ensureExist(admin, PARTITIONS, REPLICAS);
      Sent sent = new Sent();
      try (ServedInstance a = ServedInstance.start(settings(cluster, registry, "a"));
          ServedInstance b = ServedInstance.start(settings(cluster, registry, "b"));
          OutputTables tables = new OutputTables(cluster.bootstrapServers(), registry.url());
          NewsProducer producer = new NewsProducer(ProducerSettings.defaults(cluster.bootstrapServers(), registry.url()))) {
        a.served().app().awaitRunning(PATIENCE);
        b.served().app().awaitRunning(PATIENCE);

        sent.add(producer.ingest(List.of(originals.get(0)), sent));
        tables.readUntil(() -> tables.decided() >= ORIGINALS / 4, "a quarter of the verdicts");
        int stopped = leaderOf(admin, new TopicPartition(Topics.ARTICLES, 0));
        LOG.info("{} verdicts; stopping broker {}", tables.decided(), stopped);
        cluster.brokers().get(stopped).shutdown();

        // With one broker of three down, min.insync.replicas 2 still takes writes: the pipeline goes on.
        sent.add(producer.ingest(List.of(originals.get(1)), sent));
        tables.readUntil(() -> tables.decided() >= ORIGINALS * 3 / 4, "three quarters of the verdicts, a broker down");
        LOG.info("{} verdicts with broker {} down; starting it again", tables.decided(), stopped);
        cluster.brokers().get(stopped).startup();

        sent.add(producer.ingest(List.of(copies), sent));
        Map<String, String> expectedDuplicates = sent.copiesToOriginals();
        Set<String> expectedArticles = sent.originalIds();
        tables.readUntil(() -> tables.articles().equals(expectedArticles)
            && tables.duplicates().equals(expectedDuplicates), "every verdict");
        LOG.info("every verdict in: {} articles, {} duplicates", tables.articles().size(), tables.duplicates().size());
        awaitInSync(admin, stopped);
        tables.readUntilQuiet();

        assertThat(sent.refused).as("refused by the producer").isEmpty();
        assertThat(tables.rejects).as("records on the DLQ").isZero();
        assertThat(tables.articles()).isEqualTo(expectedArticles);
        assertThat(tables.duplicates()).isEqualTo(expectedDuplicates);
        // Exactly once: no transaction of the broker's outage left a second copy behind. (A copy
        // decided before its original may be published and retracted; the table above shows it gone.)
        assertThat(expectedArticles).as("publications per unique article")
            .allSatisfy(id -> assertThat(tables.publications.get(id)).as(id).isEqualTo(1));
        assertThat(tables.notices).as("notices per copy")
            .containsOnlyKeys(expectedDuplicates.keySet()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));

        JsonNode stats = a.awaitJson("/api/stats", s -> s.get("articles").asLong() == expectedArticles.size()
            && s.get("duplicates").asLong() == expectedDuplicates.size());
        assertThat(stats.get("rejected").asLong()).isZero();
        JsonNode statsOfB = b.awaitJson("/api/stats", s -> s.get("articles").equals(stats.get("articles"))
            && s.get("duplicates").equals(stats.get("duplicates")));
        assertThat(statsOfB.get("languages")).isEqualTo(stats.get("languages"));
        String someArticle = expectedArticles.iterator().next();
        for (String path : List.of("/api/regions", "/api/sessions", "/api/articles/" + someArticle)) {
          assertThat(b.awaitJson(path, x -> true)).as(path).isEqualTo(a.awaitJson(path, x -> true));
        }
        assertReplicated(admin, StreamsSettings.DEFAULT_APPLICATION_ID);
        // On a shared machine wall time says little; the CPU the test took says what it costs.
        LOG.info("checked in {} s of wall time, {} s of this JVM's CPU time",
            Duration.ofNanos(System.nanoTime() - started).toSeconds(),
            Duration.ofNanos(((com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()).toSeconds());
      }
    }
  }

  /**
   * The brokers' settings for a three-broker cluster (the defaults suit one): every topic three
   * replicas, two in sync to take a write. docker/compose.yaml gives its brokers the same
   * ({@code ComposeFileTest} checks it).
   */
  static final Map<String, String> REPLICATED = Map.of(
      "default.replication.factor", "3",
      "min.insync.replicas", "2",
      "offsets.topic.replication.factor", "3",
      "transaction.state.log.replication.factor", "3",
      "transaction.state.log.min.isr", "2");

  /** One controller and three brokers; fewer partitions of the internal topics than 50, to start fast. */
  private static KafkaClusterTestKit startCluster(Path dir) throws Exception {
    KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(false).setNumControllerNodes(1).setNumBrokerNodes(3).setBaseDirectory(dir).build());
    REPLICATED.forEach(builder::setConfigProp);
    Map.of("offsets.topic.num.partitions", String.valueOf(PARTITIONS),
        "transaction.state.log.num.partitions", String.valueOf(PARTITIONS),
        "group.initial.rebalance.delay.ms", "0",
        "log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024)).forEach(builder::setConfigProp);
    KafkaClusterTestKit cluster = builder.build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return cluster;
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
  }

  /** Internal topics with three replicas too; low-accuracy language models, to spare memory. */
  private StreamsSettings settings(KafkaClusterTestKit cluster, SchemaRegistryServer registry, String instance) {
    return StreamsSettings.defaults(cluster.bootstrapServers(), registry.url(), dataDir.resolve("streams-" + instance))
        .withReplicationFactor(REPLICAS)
        .withLanguageAccuracy(LanguageDetector.Accuracy.LOW);
  }

  private static int leaderOf(Admin admin, TopicPartition partition) throws Exception {
    TopicDescription topic = admin.describeTopics(List.of(partition.topic())).allTopicNames().get().get(partition.topic());
    return topic.partitions().get(partition.partition()).leader().id();
  }

  /** Until the restarted broker has caught up on every partition of the output topics. */
  private static void awaitInSync(Admin admin, int broker) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      List<TopicPartitionInfo> lagging = admin.describeTopics(List.of(Topics.ARTICLES, Topics.DUPLICATES))
          .allTopicNames().get().values().stream().flatMap(t -> t.partitions().stream())
          .filter(p -> p.isr().stream().noneMatch(n -> n.id() == broker)).toList();
      if (lagging.isEmpty()) {
        return;
      }
      assertThat(System.nanoTime()).as("broker %d back in sync; lagging: %s", broker, lagging).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  /** Every topic, ours and Kafka Streams' internal ones, has three replicas and needs two in sync. */
  private static void assertReplicated(Admin admin, String applicationId) throws Exception {
    Set<String> names = admin.listTopics().names().get().stream()
        .filter(name -> Topics.ALL.contains(name) || name.startsWith(applicationId + "-")).collect(Collectors.toSet());
    assertThat(names).anyMatch(name -> name.endsWith("-changelog")).anyMatch(name -> name.endsWith("-repartition"))
        .contains(applicationId + "-dedup-links");
    Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
    assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions())
        .as(t.name()).allSatisfy(p -> assertThat(p.replicas()).hasSize(REPLICAS)));
    List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    assertThat(admin.describeConfigs(resources).all().get()).allSatisfy((resource, config) ->
        assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).as(resource.name()).isEqualTo("2"));
  }

  /**
   * Writes the originals as two JSON Lines files and the copies as a third: distinct texts of
   * words drawn at random (any two share next to no run of three words, so none is a near copy of
   * another), each naming a regional assembly's session so that the views count them. Copies are
   * published a day after their original, which therefore ranks first whatever the arrival order.
   */
  private static List<Path> writeArticles(Path dir) throws Exception {
    Files.createDirectories(dir);
    Random random = new Random(15);
    List<String> words = List.of(WORDS.split(" "));
    List<String> regions = List.of(REGIONS.split(", "));
    Instant published = Instant.parse("2024-03-01T06:00:00Z");
    List<StringBuilder> files = List.of(new StringBuilder(), new StringBuilder(), new StringBuilder());
    for (int i = 0; i < ORIGINALS; i++) {
      StringBuilder text = new StringBuilder("Состоялась " + (10 + random.nextInt(20)) + "-я сессия ассамблеи "
          + regions.get(random.nextInt(regions.size())) + ".");
      for (int w = 0; w < 80; w++) {
        text.append(w % 12 == 0 ? ". " : " ").append(words.get(random.nextInt(words.size())));
      }
      String body = text.append('.').toString();
      Instant at = published.plus(Duration.ofMinutes(i));
      files.get(i < ORIGINALS / 2 ? 0 : 1).append(line("news.example.kz", i, body, at));
      if (i % 4 == 0) {
        files.get(2).append(line("reprint.example.kz", i, body, at.plus(Duration.ofDays(1))));
      }
    }
    List<Path> paths = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      Path path = dir.resolve((f < 2 ? "originals-" + f : "copies") + ".jsonl");
      Files.writeString(path, files.get(f), StandardCharsets.UTF_8);
      paths.add(path);
    }
    return paths;
  }

  private static String line(String outlet, int story, String text, Instant publishedAt) throws Exception {
    return JSON.writeValueAsString(Map.of("url", "https://" + outlet + "/news/" + story, "source", outlet,
        "title", "Сессия " + story, "text", text, "publishedAt", publishedAt.toString())) + "\n";
  }

  /** What the producer sent: article ids by input line, and what it refused. */
  private static final class Sent implements IngestListener {
    private final Map<String, String> idByOrigin = new ConcurrentHashMap<>();
    private final List<String> refused = new ArrayList<>();

    void add(IngestReport report) {
      assertThat(report.refused()).as("refused by the producer: %s", refused).isZero();
    }

    @Override
    public void onAccepted(String articleId, String origin) {
      idByOrigin.put(origin, articleId);
    }

    @Override
    public synchronized void onRefused(String reason, String detail, String origin) {
      refused.add(origin + " " + reason + " " + detail);
    }

    Set<String> originalIds() {
      return idByOrigin.entrySet().stream().filter(e -> !e.getKey().contains("copies"))
          .map(Map.Entry::getValue).collect(Collectors.toSet());
    }

    /** Line n of the copies copies original 4(n-1), which is line of its file by its number. */
    Map<String, String> copiesToOriginals() {
      Map<Integer, String> originalByStory = new HashMap<>();
      Map<String, String> copies = new TreeMap<>();
      idByOrigin.forEach((origin, id) -> {
        int line = Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
        if (origin.contains("originals-0")) {
          originalByStory.put(line - 1, id);
        } else if (origin.contains("originals-1")) {
          originalByStory.put(ORIGINALS / 2 + line - 1, id);
        }
      });
      idByOrigin.forEach((origin, id) -> {
        if (origin.contains("copies")) {
          int line = Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
          copies.put(id, originalByStory.get(4 * (line - 1)));
        }
      });
      return copies;
    }
  }

  /**
   * The output topics read as tables with read_committed (latest value per key; a tombstone
   * deletes), and how many non-tombstone records each key got.
   */
  private static final class OutputTables implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<DuplicateNotice> notice;
    private final Set<String> articles = new TreeSet<>();
    private final Map<String, String> duplicates = new TreeMap<>();
    private final Map<String, Integer> publications = new TreeMap<>();
    private final Map<String, Integer> notices = new TreeMap<>();
    private int rejects;

    OutputTables(String bootstrapServers, String registryUrl) {
      consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
          ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString()),
          new StringDeserializer(), new ByteArrayDeserializer());
      notice = AvroSerdes.forClass(DuplicateNotice.class, new HttpSchemaRegistryClient(registryUrl), false, false)
          .deserializer();
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(Topics.ARTICLES, Topics.DUPLICATES, Topics.DLQ)) {
        consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
    }

    Set<String> articles() {
      return Set.copyOf(articles);
    }

    Map<String, String> duplicates() {
      return Map.copyOf(duplicates);
    }

    int decided() {
      return articles.size() + duplicates.size() + rejects;
    }

    void readUntil(BooleanSupplier done, String what) {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (!done.getAsBoolean()) {
        assertThat(System.nanoTime()).as("%s within %s; %d articles, %d duplicates, %d rejects so far",
            what, PATIENCE, articles.size(), duplicates.size(), rejects).isLessThan(deadline);
        consumer.poll(Duration.ofMillis(200)).forEach(this::fold);
      }
    }

    /** Whatever else arrives until nothing has for three seconds (retractions follow within commits). */
    void readUntilQuiet() {
      long quietSince = System.nanoTime();
      while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
        var polled = consumer.poll(Duration.ofMillis(200));
        polled.forEach(this::fold);
        if (!polled.isEmpty()) {
          quietSince = System.nanoTime();
        }
      }
    }

    private void fold(ConsumerRecord<String, byte[]> r) {
      switch (r.topic()) {
        case Topics.ARTICLES -> {
          if (r.value() == null) {
            articles.remove(r.key());
          } else {
            articles.add(r.key());
            publications.merge(r.key(), 1, Integer::sum);
          }
        }
        case Topics.DUPLICATES -> {
          if (r.value() == null) {
            duplicates.remove(r.key());
          } else {
            duplicates.put(r.key(), notice.deserialize(r.topic(), r.value()).getCanonicalId());
            notices.merge(r.key(), 1, Integer::sum);
          }
        }
        default -> rejects++;
      }
    }

    @Override
    public void close() {
      consumer.close();
    }
  }

  private static final String REGIONS = "Алматинской области, Павлодарской области, Костанайской области, "
      + "Карагандинской области, Атырауской области, Жамбылской области, Туркестанской области";

  /** Words of the domain, written for this test; texts are drawn from them at random. */
  private static final String WORDS = "ассамблея народ единство согласие общество молодежь депутат аким "
      + "область район город село школа учитель врач больница дорога мост строительство ремонт бюджет "
      + "программа проект развитие экономика налог предприятие завод фермер урожай зерно скот вода "
      + "электричество газ тепло зима весна лето осень праздник фестиваль концерт театр музей библиотека "
      + "книга язык культура традиция история память ветеран семья дети спорт турнир чемпион команда "
      + "стадион парк площадь улица дом квартира жилье очередь документ закон поправка решение совет "
      + "собрание встреча делегация гость визит договор сотрудничество торговля рынок цена зарплата "
      + "пенсия пособие помощь волонтер благотворительность этнос диаспора центр доклад отчет итог план "
      + "задача поручение контроль проверка комиссия председатель заместитель секретарь член участник "
      + "выступление предложение вопрос ответ обсуждение голосование мандат выборы кандидат округ";
}
