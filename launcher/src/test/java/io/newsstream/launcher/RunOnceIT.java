package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.Topics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main command end to end on the embedded default: the five seeds plus an exact copy of one go
 * through producer, real broker, real registry and the streams app.
 */
class RunOnceIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path seeds;
  private static JsonNode expected;

  @TempDir Path dataDir;
  /** The --verdicts lines of the last run, by input file name. */
  private Map<String, JsonNode> verdicts;
  @TempDir Path input;

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @BeforeAll
  static void findSeeds() throws IOException {
    String dir = System.getProperty("newsstream.seeds", "../../shared/seeds");
    seeds = Path.of(dir);
    assumeTrue(Files.isRegularFile(seeds.resolve("expected.json")), "seed articles not present at " + seeds);
    expected = JSON.readTree(seeds.resolve("expected.json").toFile()).get("articles");
  }

  @Test
  void seedsAndAnExactCopyGiveFiveArticlesAndOneDuplicateAndSurviveARestart() throws Exception {
    List<Path> seedFiles = seedFiles();
    for (Path seed : seedFiles) {
      Files.copy(seed, input.resolve(seed.getFileName()));
    }
    Files.copy(seedFiles.get(0), input.resolve("copy-of-" + seedFiles.get(0).getFileName()));

    JsonNode first = runOnce();
    assertThat(first.get("ingested").asLong()).isEqualTo(6);
    assertThat(first.get("articles").asLong()).isEqualTo(5);
    assertThat(first.get("duplicates").asLong()).isEqualTo(1);
    assertThat(first.get("rejected").asLong()).isZero();
    assertThat(languages(first)).isEqualTo(expectedLanguages());
    String original = seedFiles.get(0).getFileName().toString();
    assertThat(verdicts).hasSize(6);
    assertThat(verdicts.get("copy-of-" + original).get("verdict").asText()).isEqualTo("duplicate");
    assertThat(verdicts.get("copy-of-" + original).get("duplicateOf").asText()).endsWith(original);
    assertThat(verdicts.get(original).get("verdict").asText()).isEqualTo("unique");

    // Everything is kept in the data directory: the same input again is all duplicates. The streams
    // state is deleted first, so the dedup index must come back from its changelog topics.
    deleteRecursively(dataDir.resolve("streams"));
    JsonNode second = runOnce();
    assertThat(second.get("articles").asLong()).isZero();
    assertThat(second.get("duplicates").asLong()).isEqualTo(6);
    assertThat(verdicts.values()).extracting(v -> v.get("verdict").asText()).containsOnly("duplicate");

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), 0, Map.of())) {
      assertTopicsHoldConfluentWireFormat(broker);
      assertRegistryHoldsTheSubjects(broker);
    }
  }

  @Test
  void tailAndTopicsShowTheTopicsAndResetMakesTheNextRunProcessTheInputAgain() throws Exception {
    for (Path seed : seedFiles()) {
      Files.copy(seed, input.resolve(seed.getFileName()));
    }
    assertThat(runOnce().get("articles").asLong()).isEqualTo(5);

    String[] tailed = execute(0, "tail", Topics.ARTICLES.name(), "--from-beginning", "--max", "5", "--data-dir", dataDir.toString())
        .strip().split("\n");
    assertThat(tailed).hasSize(5);
    for (String line : tailed) {
      JsonNode record = JSON.readTree(line);
      assertThat(record.get("topic").asText()).isEqualTo(Topics.ARTICLES.name());
      assertThat(record.get("value").get("id").asText()).isEqualTo(record.get("key").asText());
      assertThat(record.get("value").get("language").asText()).isIn("ru", "kk");
    }

    Map<String, JsonNode> topics = new TreeMap<>();
    for (String line : execute(0, "topics", "--json", "--data-dir", dataDir.toString()).strip().split("\n")) {
      topics.put(JSON.readTree(line).get("topic").asText(), JSON.readTree(line));
    }
    assertThat(topics).containsKeys(Topics.names().toArray(String[]::new)).containsKey("newsstream-dedup-links");
    assertThat(topics.get(Topics.RAW.name()).get("partitions").asInt()).isEqualTo(3);
    assertThat(topics.get(Topics.RAW.name()).get("records").asLong()).as("the producer is not transactional: no markers")
        .isEqualTo(5);
    for (String table : List.of(Topics.ARTICLES.name(), Topics.DUPLICATES.name(), Topics.SESSIONS.name())) {
      assertThat(topics.get(table).get("configs").get("cleanup.policy").asText()).as(table).isEqualTo("compact");
    }

    // Unconfirmed, nothing happens; the next run would find every article a duplicate.
    Path state = dataDir.resolve("streams").resolve("newsstream");
    assertThat(state).isDirectory();
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("no\n".getBytes(StandardCharsets.UTF_8)));
      execute(1, "reset", "--data-dir", dataDir.toString());
    } finally {
      System.setIn(stdin);
    }
    assertThat(state).isDirectory();
    execute(0, "reset", "--yes", "--data-dir", dataDir.toString());
    assertThat(state).doesNotExist();
    // Reset, the app reads the raw topic from the start again with no memory of it: the same
    // articles are unique once more, not duplicates of the first run's.
    JsonNode again = runOnce();
    assertThat(again.get("articles").asLong()).isEqualTo(5);
    assertThat(again.get("duplicates").asLong()).isZero();
  }

  private static String execute(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(exit).as("exit code of %s; stderr:%n%s", List.of(args), err).isEqualTo(expectedExit);
    return out.toString();
  }

  private JsonNode runOnce() throws IOException {
    String[] args = {
      "run", "--once", "--data-dir", dataDir.toString(), "--kafka-port", "0", "--http-port", "0",
      "--partitions", "3", "--timeout", "PT3M", "--verdicts", "--input", input.toString()
    };
    String[] lines = execute(0, args).strip().split("\n");
    verdicts = new TreeMap<>();
    for (int i = 0; i < lines.length - 1; i++) {
      JsonNode verdict = JSON.readTree(lines[i]);
      verdicts.put(Path.of(verdict.get("origin").asText()).getFileName().toString(), verdict);
    }
    return JSON.readTree(lines[lines.length - 1]);
  }

  private static void assertRegistryHoldsTheSubjects(EmbeddedKafkaBroker broker) throws Exception {
    // The schemas live in the broker's _schemas topic: a new registry on the same broker serves them.
    try (SchemaRegistryServer registry = SchemaRegistryServer.start(broker.bootstrapServers(), 0, (short) 1)) {
      HttpResponse<String> subjects = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(registry.url() + "/subjects")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(subjects.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(subjects.body()))
          .extracting(JsonNode::asText)
          .contains(Topics.RAW.name() + "-value", Topics.ARTICLES.name() + "-value", Topics.DUPLICATES.name() + "-value");
    }
  }

  private static void assertTopicsHoldConfluentWireFormat(EmbeddedKafkaBroker broker) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
            new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      for (String topic : List.of(Topics.RAW.name(), Topics.ARTICLES.name(), Topics.DUPLICATES.name())) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 20_000;
        while (records.isEmpty() && System.currentTimeMillis() < deadline) {
          consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        assertThat(records).as("records on %s", topic).isNotEmpty();
        assertThat(records).allSatisfy(r -> {
          assertThat(r.value()[0]).as("magic byte on %s", topic).isZero();
          assertThat(r.value().length).isGreaterThan(5);
        });
      }
    }
  }

  private static List<Path> seedFiles() throws IOException {
    try (Stream<Path> files = Files.list(seeds)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Map<String, Long> expectedLanguages() {
    Map<String, Long> counts = new TreeMap<>();
    expected.fields().forEachRemaining(e -> counts.merge(e.getValue().get("language").asText(), 1L, Long::sum));
    return counts;
  }

  private static Map<String, Long> languages(JsonNode summary) {
    Map<String, Long> counts = new TreeMap<>();
    summary.get("languages").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
    return counts;
  }
}
