package io.newsstream.producer;

import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.Topic;
import io.newsstream.schema.Topics;
import io.newsstream.serde.HttpSchemaRegistryClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** A real broker and a real schema registry, with the topics, for integration tests. */
final class KafkaCluster implements AutoCloseable {
  private static KafkaCluster shared;

  final EmbeddedKafkaBroker broker;
  final SchemaRegistryServer registry;

  KafkaCluster(EmbeddedKafkaBroker broker, SchemaRegistryServer registry) {
    this.broker = broker;
    this.registry = registry;
  }

  /** One cluster for every test of this JVM, closed when it exits; tests tell their records apart. */
  static synchronized KafkaCluster shared() {
    if (shared == null) {
      try {
        shared = start(Files.createTempDirectory("newsstream-producer-it"), 0, 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** A cluster of its own, on given ports (0 for any free one). */
  static KafkaCluster start(Path dir, int kafkaPort, int registryPort) {
    EmbeddedKafkaBroker broker = startBroker(dir, kafkaPort);
    try {
      return new KafkaCluster(broker, startRegistry(broker.bootstrapServers(), registryPort));
    } catch (RuntimeException e) {
      broker.close();
      throw e;
    }
  }

  /** A broker with the newsstream topics. */
  static EmbeddedKafkaBroker startBroker(Path dir, int port) {
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, port, Map.of());
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      Topics.ensureExist(admin, 3, (short) 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return broker;
  }

  // The registry reads its new topic's configuration at once and may find it not yet visible on
  // a fresh broker (reported to the registry's owner): a try a moment later finds it.
  static SchemaRegistryServer startRegistry(String bootstrapServers, int port) {
    for (int attempt = 1; ; attempt++) {
      try {
        return SchemaRegistryServer.start(bootstrapServers, port, (short) 1);
      } catch (IllegalStateException e) {
        if (attempt == 5) {
          throw e;
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  ProducerSettings settings() {
    return ProducerSettings.defaults(broker.bootstrapServers(), registry.url());
  }

  /** Every record now on {@code topic}, from the beginning. */
  <T extends SpecificRecord> List<ConsumerRecord<String, T>> readAll(Topic<String, T> topic) {
    HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(registry.url());
    try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
        topic.keySerde(client).deserializer(), topic.valueDeserializer(client))) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
          .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, T>> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic + " to its end " + end);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  @Override
  public void close() {
    registry.close();
    broker.close();
  }
}
