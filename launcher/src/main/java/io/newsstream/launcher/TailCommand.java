package io.newsstream.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.api.AvroJson;
import io.newsstream.cli.RegistryUrlOptions;
import io.newsstream.cli.Shutdown;
import io.newsstream.schema.Topics;
import io.newsstream.serde.GenericAvroDeserializer;
import io.newsstream.serde.HttpSchemaRegistryClient;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsstream tail}: a topic's Avro records as JSON Lines, decoded with the schemas the
 * registry holds. Downstream users have no Confluent console consumer (its artifacts are not on
 * Maven Central); this reads any of our topics, or any topic in Confluent's wire format.
 */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints a topic's records as JSON Lines, one per record: topic, partition, offset, timestamp, "
          + "key and value, Avro decoded through the schema registry (a tombstone's value is null). "
          + "Reads what is committed (read_committed), new records by default, until --max or Ctrl-C.",
      "",
      "Example: newsstream tail news.articles.v1 --from-beginning --max 5"
    })
final class TailCommand implements Callable<Integer> {
  /** How long to wait for a record before ending, with --max, when a topic holds fewer. */
  private static final Duration IDLE_WITH_MAX = Duration.ofSeconds(10);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic, e.g. news.articles.v1.")
  String topic;

  @Option(names = "--from-beginning", description = "Start at the earliest record rather than the end.")
  boolean fromBeginning;

  @Option(names = "--max", paramLabel = "N",
      description = "Stop after N records; or when none has come for 10 s, the topic holding fewer.")
  Integer max;

  @Mixin RegistryUrlOptions registry;

  @Mixin ClusterOptions cluster;

  @Override
  public Integer call() throws Exception {
    if (max != null && max < 1) {
      throw new IllegalArgumentException("--max must be at least 1, not " + max);
    }
    try (ClusterOptions.Connection connection = cluster.open()) {
      GenericAvroDeserializer avro = new GenericAvroDeserializer(
          new HttpSchemaRegistryClient(connection.registryUrl(registry.given())));
      Map<String, Object> config = new HashMap<>(cluster.kafkaProperties());
      config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.bootstrapServers());
      config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
      config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
      try (KafkaConsumer<byte[], byte[]> consumer =
          new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
        return tail(consumer, avro, spec.commandLine().getOut());
      }
    }
  }

  private int tail(KafkaConsumer<byte[], byte[]> consumer, GenericAvroDeserializer avro, PrintWriter out) {
    var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
    if (partitions == null || partitions.isEmpty()) {
      throw new IllegalArgumentException("no topic " + topic + " on this cluster; `newsstream run` creates "
          + String.join(", ", Topics.ALL));
    }
    List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(assigned);
    if (fromBeginning) {
      consumer.seekToBeginning(assigned);
    } else {
      consumer.seekToEnd(assigned);
    }
    // Ctrl-C ends the poll; the hook holds the JVM until what was read is printed.
    long printed = 0;
    long idleSince = System.nanoTime();
    try (Shutdown shutdown = new Shutdown(consumer::wakeup)) {
      while (max == null || printed < max) {
        var records = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<byte[], byte[]> record : records) {
          out.println(line(record, avro));
          if (max != null && ++printed >= max) {
            break;
          }
        }
        out.flush();
        if (!records.isEmpty()) {
          idleSince = System.nanoTime();
        } else if (max != null && System.nanoTime() - idleSince > IDLE_WITH_MAX.toNanos()) {
          spec.commandLine().getErr().printf("newsstream tail: %d of %d records; no more came for %d s%n",
              printed, max, IDLE_WITH_MAX.toSeconds());
          break;
        }
      }
    } catch (WakeupException e) {
      // Ctrl-C: what was printed is the output.
    }
    return 0;
  }

  private static String line(ConsumerRecord<byte[], byte[]> record, GenericAvroDeserializer avro) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("topic", record.topic());
    line.put("partition", record.partition());
    line.put("offset", record.offset());
    line.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
    line.set("key", key(record, avro));
    line.set("value", AvroJson.toJson(avro.deserialize(record.topic(), record.value())));
    return line.toString();
  }

  /** Article ids are plain strings; the sessions topic's keys are Avro records. */
  private static JsonNode key(ConsumerRecord<byte[], byte[]> record, GenericAvroDeserializer avro) {
    byte[] key = record.key();
    if (key == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    if (key.length > 5 && key[0] == 0) { // the wire format's magic byte
      return AvroJson.toJson(avro.deserialize(record.topic(), key));
    }
    return JsonNodeFactory.instance.textNode(new String(key, StandardCharsets.UTF_8));
  }
}
