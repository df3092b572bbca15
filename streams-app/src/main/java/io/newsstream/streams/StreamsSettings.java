package io.newsstream.streams;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.language.LanguageDetector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link NewsStreamsApp} needs to know.
 *
 * @param bootstrapServers the Kafka cluster
 * @param schemaRegistryUrl a Confluent-API schema registry
 * @param applicationId the Kafka Streams application id: consumer group, prefix of internal topics
 * @param stateDir where the state stores live; keep it between runs to avoid restoring them
 * @param dedupRetention how long a fingerprint is remembered: copies further apart are not duplicates
 * @param nearDuplicateThreshold the estimated Jaccard similarity from which two texts are one story
 * @param replicationFactor of the internal topics; -1 takes the broker's default
 * @param languageAccuracy how much of Lingua's models to load
 * @param kafkaOverrides any Kafka Streams, consumer or producer property; wins over the defaults
 */
public record StreamsSettings(
    String bootstrapServers,
    String schemaRegistryUrl,
    String applicationId,
    Path stateDir,
    Duration dedupRetention,
    double nearDuplicateThreshold,
    int replicationFactor,
    LanguageDetector.Accuracy languageAccuracy,
    Map<String, String> kafkaOverrides) {

  public static final String DEFAULT_APPLICATION_ID = "newsstream";
  public static final Duration DEFAULT_DEDUP_RETENTION = Duration.ofDays(30);
  /** Chosen from the quality benchmark: docs/dedup.md. */
  public static final double DEFAULT_NEAR_DUPLICATE_THRESHOLD = NearDuplicateDetector.Settings.DEFAULT_THRESHOLD;

  public StreamsSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(schemaRegistryUrl, "schemaRegistryUrl");
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(languageAccuracy, "languageAccuracy");
    if (dedupRetention.isNegative() || dedupRetention.isZero()) {
      throw new IllegalArgumentException("dedupRetention must be positive, not " + dedupRetention);
    }
    if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
      throw new IllegalArgumentException("nearDuplicateThreshold must be in (0, 1], not " + nearDuplicateThreshold);
    }
    kafkaOverrides = Map.copyOf(kafkaOverrides);
  }

  /** The defaults: application id "newsstream", 30 days of dedup, broker's replication factor, low language accuracy (docs/language.md). */
  public static StreamsSettings defaults(String bootstrapServers, String schemaRegistryUrl, Path stateDir) {
    return new StreamsSettings(
        bootstrapServers, schemaRegistryUrl, DEFAULT_APPLICATION_ID, stateDir, DEFAULT_DEDUP_RETENTION,
        DEFAULT_NEAR_DUPLICATE_THRESHOLD, -1, LanguageDetector.Accuracy.LOW, Map.of());
  }

  public StreamsSettings withApplicationId(String id) {
    return new StreamsSettings(bootstrapServers, schemaRegistryUrl, id, stateDir, dedupRetention, nearDuplicateThreshold,
        replicationFactor, languageAccuracy, kafkaOverrides);
  }

  public StreamsSettings withDedupRetention(Duration retention) {
    return new StreamsSettings(bootstrapServers, schemaRegistryUrl, applicationId, stateDir, retention, nearDuplicateThreshold,
        replicationFactor, languageAccuracy, kafkaOverrides);
  }

  public StreamsSettings withNearDuplicateThreshold(double threshold) {
    return new StreamsSettings(bootstrapServers, schemaRegistryUrl, applicationId, stateDir, dedupRetention, threshold,
        replicationFactor, languageAccuracy, kafkaOverrides);
  }

  public StreamsSettings withReplicationFactor(int factor) {
    return new StreamsSettings(bootstrapServers, schemaRegistryUrl, applicationId, stateDir, dedupRetention, nearDuplicateThreshold,
        factor, languageAccuracy, kafkaOverrides);
  }

  public StreamsSettings withLanguageAccuracy(LanguageDetector.Accuracy accuracy) {
    return new StreamsSettings(bootstrapServers, schemaRegistryUrl, applicationId, stateDir, dedupRetention, nearDuplicateThreshold,
        replicationFactor, accuracy, kafkaOverrides);
  }

  /** These settings with more Kafka properties; a key given again replaces the earlier value. */
  public StreamsSettings withKafkaOverrides(Map<String, String> overrides) {
    Map<String, String> merged = new LinkedHashMap<>(kafkaOverrides);
    merged.putAll(overrides);
    return new StreamsSettings(bootstrapServers, schemaRegistryUrl, applicationId, stateDir, dedupRetention, nearDuplicateThreshold,
        replicationFactor, languageAccuracy, merged);
  }
}
