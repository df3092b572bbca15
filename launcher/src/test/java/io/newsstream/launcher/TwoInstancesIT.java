package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.dedup.variants.Variant;
import io.newsstream.dedup.variants.Variants;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.producer.IngestListener;
import io.newsstream.producer.IngestReport;
import io.newsstream.producer.NewsProducer;
import io.newsstream.producer.ProducerSettings;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.Topics;
import io.newsstream.streams.StreamsSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two streams-app instances, each with its API, on one real broker with 4 partitions: after the
 * seeds and 8 near-duplicate variants of each, either instance gives the same complete, exact
 * answers; with one instance gone, the other takes its partitions over and answers the same.
 */
class TwoInstancesIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;

  @Test
  void bothInstancesAnswerTheSameExactCountsAndOneTakesOverFromTheOther() throws Exception {
    Path seeds = Path.of(System.getProperty("newsstream.seeds", "../../shared/seeds"));
    assumeTrue(Files.isRegularFile(seeds.resolve("expected.json")), "seed articles not present at " + seeds);
    Path originals = dataDir.resolve("originals");
    Path variants = dataDir.resolve("variants");
    int seedCount = writeSeedsAndVariants(seeds, originals, variants);

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), 0, Map.of());
        SchemaRegistryServer registry = SchemaRegistryServer.start(broker.bootstrapServers(), 0, (short) 1)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        Topics.ensureExist(admin, 4, (short) 1);
      }
      ServedInstance a = start(broker, registry, dataDir.resolve("a"));
      ServedInstance b = start(broker, registry, dataDir.resolve("b"));
      try {
        try (NewsProducer producer = new NewsProducer(new ProducerSettings(broker.bootstrapServers(),
            registry.url(), true, ProducerSettings.DEFAULT_MAX_TEXT_BYTES, Map.of()))) {
          // Originals first: without publication dates, what is read first ranks first.
          IngestReport first = producer.ingest(List.of(originals), IngestListener.NONE);
          IngestReport second = producer.ingest(List.of(variants), IngestListener.NONE);
          assertThat(first.sent()).isEqualTo(seedCount);
          assertThat(second.sent()).isEqualTo(seedCount * 8L);
        }

        JsonNode stats = a.awaitJson("/api/stats",
            s -> s.get("articles").asLong() == seedCount && s.get("duplicates").asLong() == seedCount * 8L);
        assertThat(stats.get("rejected").asLong()).isZero();

        // The session views are a few hops behind the totals: each instance is asked until every
        // session shows its one article and 8 duplicates, which no earlier state does.
        Predicate<JsonNode> settled = s -> s.get("sessions").size() == seedCount
            && s.get("sessions").valueStream().allMatch(x -> x.get("articleCount").asInt() == 1
                && x.get("duplicateCount").asInt() == 8 && x.get("sources").size() == 8);
        assertThat(b.awaitJson("/api/sessions", settled)).isEqualTo(a.awaitJson("/api/sessions", settled));
        for (String path : List.of("/api/regions", "/api/regions/KZ-19/sessions", "/api/regions/KZ/sessions",
            "/api/sessions/KZ-19/REGIONAL/25")) {
          JsonNode fromA = a.awaitJson(path, x -> true);
          JsonNode fromB = b.awaitJson(path, x -> true);
          assertThat(fromB).as(path).isEqualTo(fromA);
        }
        assertThat(numbers(a.awaitJson("/api/regions/KZ-19/sessions", x -> true))).containsExactly(25, 26, 27);
        assertThat(numbers(a.awaitJson("/api/regions/KZ/sessions", x -> true))).containsExactly(29, 34);
        JsonNode session25 = b.awaitJson("/api/sessions/KZ-19/REGIONAL/25", x -> true);
        // One original and its 8 variants: counted once, duplicates counted apart.
        assertThat(session25.get("articleCount").asInt()).isEqualTo(1);
        assertThat(session25.get("duplicateCount").asInt()).isEqualTo(8);
        assertThat(session25.get("sources")).hasSize(8);
        JsonNode bStats = b.awaitJson("/api/stats", x -> true);
        assertThat(bStats.get("articles")).isEqualTo(stats.get("articles"));
        assertThat(bStats.get("duplicates")).isEqualTo(stats.get("duplicates"));
        assertThat(bStats.get("languages")).isEqualTo(stats.get("languages"));

        JsonNode regionsBefore = a.awaitJson("/api/regions", x -> true);
        b.close();
        // A takes over B's partitions (503 with Retry-After while it restores) and answers the same.
        assertThat(a.awaitJson("/api/regions", x -> true)).isEqualTo(regionsBefore);
        assertThat(a.awaitJson("/api/sessions/KZ-19/REGIONAL/25", x -> true)).isEqualTo(session25);
      } finally {
        b.close();
        a.close();
      }
    }
  }

  /**
   * Copies the seed texts and writes 8 variants of each as JSON Lines, each with its own outlet's
   * URL (so its own id, as reprints on other sites have); returns the number of seeds.
   */
  private static int writeSeedsAndVariants(Path seeds, Path originals, Path variants) throws IOException {
    Files.createDirectories(originals);
    Files.createDirectories(variants);
    List<Path> texts;
    try (Stream<Path> files = Files.list(seeds)) {
      texts = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    StringBuilder lines = new StringBuilder();
    for (Path seed : texts) {
      String content = Files.readString(seed, StandardCharsets.UTF_8).strip();
      Files.writeString(originals.resolve(seed.getFileName()), content, StandardCharsets.UTF_8);
      int lineEnd = content.indexOf('\n');
      for (Variant v : Variants.variantsOf(content.substring(0, lineEnd), content.substring(lineEnd + 1), 1)) {
        String outlet = v.kind().name().toLowerCase(java.util.Locale.ROOT) + ".example.kz";
        lines.append(JSON.writeValueAsString(Map.of(
            "url", "https://" + outlet + "/news/" + seed.getFileName(),
            "source", outlet, "title", v.title(), "text", v.text()))).append('\n');
      }
    }
    Files.writeString(variants.resolve("reprints.jsonl"), lines, StandardCharsets.UTF_8);
    return texts.size();
  }

  private static List<Integer> numbers(JsonNode sessions) {
    JsonNode list = sessions.isArray() ? sessions : sessions.get("sessions");
    return list.valueStream().map(s -> s.get("key").get("number").asInt()).toList();
  }

  private static ServedInstance start(EmbeddedKafkaBroker broker, SchemaRegistryServer registry, Path stateDir) {
    return ServedInstance.start(
        StreamsSettings.defaults(broker.bootstrapServers(), registry.url(), stateDir).withReplicationFactor(1));
  }
}
