package io.newsstream.registry;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compacted topic {@value #TOPIC} that holds the registry's state: one partition, created if
 * missing, read from the start at open, appended to one acknowledged record at a time.
 */
final class SchemaLog implements AutoCloseable {
  static final String TOPIC = "_schemas";
  private static final Logger log = LoggerFactory.getLogger(SchemaLog.class);
  private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Map<String, Object> kafka;
  private final KafkaProducer<String, String> producer;

  private SchemaLog(Map<String, Object> kafka, KafkaProducer<String, String> producer) {
    this.kafka = kafka;
    this.producer = producer;
  }

  /**
   * Creates the topic if it is missing and connects.
   *
   * @param kafka client properties shared by the admin client, the producer and the consumer
   * @throws IllegalStateException if the topic exists but is not compacted: its schemas would expire
   */
  static SchemaLog open(Map<String, Object> kafka, short replicationFactor) {
    try (Admin admin = Admin.create(kafka)) {
      ensureCompactedTopic(admin, replicationFactor);
    }
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // Every write waits for its acknowledgement: nothing to batch, and a request fails in seconds.
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
    props.putAll(kafka);
    return new SchemaLog(kafka, new KafkaProducer<>(props, new StringSerializer(), new StringSerializer()));
  }

  private static void ensureCompactedTopic(Admin admin, short replicationFactor) {
    NewTopic topic = new NewTopic(TOPIC, 1, replicationFactor)
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
    try {
      admin.createTopics(List.of(topic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      log.info("Created topic {} (compacted, replication factor {})", TOPIC, replicationFactor);
      // Created just now, compacted: nothing to check, and a fresh topic's configuration may not be
      // readable yet (UnknownTopicOrPartition right after creation).
      return;
    } catch (ExecutionException | InterruptedException | TimeoutException e) {
      Throwable cause = cause(e);
      if (!(cause instanceof TopicExistsException)) {
        throw new IllegalStateException("could not create topic " + TOPIC + ": " + cause, cause);
      }
    }
    try {
      Config config = admin.describeConfigs(List.of(resource)).all()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource);
      String policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
      if (!Set.of(policy.split(",")).contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
        throw new IllegalStateException("topic " + TOPIC + " has cleanup.policy=" + policy
            + "; the registry needs compact, or its schemas expire");
      }
    } catch (ExecutionException | InterruptedException | TimeoutException e) {
      Throwable cause = cause(e);
      throw new IllegalStateException("could not read the configuration of topic " + TOPIC + ": " + cause, cause);
    }
  }

  /**
   * Reads the topic from the start up to its end offset at the time of the call.
   *
   * @param apply takes each record's key and value (null for a tombstone) in offset order
   */
  void replay(RecordHandler apply) {
    Map<String, Object> props = new HashMap<>(kafka);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.assign(List.of(PARTITION));
      consumer.seekToBeginning(List.of(PARTITION));
      long end = consumer.endOffsets(List.of(PARTITION), TIMEOUT).get(PARTITION);
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (consumer.position(PARTITION, TIMEOUT) < end) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read topic " + TOPIC + " to its end offset " + end
              + " within " + TIMEOUT.toSeconds() + " s");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          apply.accept(record.offset(), record.key(), record.value());
        }
      }
      log.info("Read topic {} up to offset {}", TOPIC, end);
    }
  }

  /** Receives the records of a replay. */
  @FunctionalInterface
  interface RecordHandler {
    void accept(long offset, String key, String value);
  }

  /**
   * Appends one record and returns once all in-sync replicas have it.
   *
   * @throws RegistryException 50001 if the broker did not acknowledge it
   */
  void append(String key, String value) {
    try {
      producer.send(new ProducerRecord<>(TOPIC, PARTITION.partition(), key, value))
          .get(TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | InterruptedException | TimeoutException e) {
      throw RegistryException.storeError("could not write to topic " + TOPIC, cause(e));
    }
  }

  /**
   * How many records {@code topic} holds now (end minus start offsets, all partitions); 0 if it
   * does not exist.
   *
   * @throws RegistryException 50001 if the cluster does not answer
   */
  long recordsOn(String topic) {
    try (Admin admin = Admin.create(kafka)) {
      Map<String, TopicDescription> described;
      try {
        described = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UnknownTopicOrPartitionException) {
          return 0;
        }
        throw e;
      }
      Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      described.get(topic).partitions().forEach(p -> {
        earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
        latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
      });
      long records = 0;
      for (var end : admin.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).entrySet()) {
        records += end.getValue().offset();
      }
      for (var start : admin.listOffsets(earliest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).entrySet()) {
        records -= start.getValue().offset();
      }
      return records;
    } catch (ExecutionException | InterruptedException | TimeoutException e) {
      throw RegistryException.storeError("could not count the records on topic " + topic, cause(e));
    }
  }

  /** What went wrong behind a failed wait on a Kafka future; keeps an interrupt visible. */
  private static Throwable cause(Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
