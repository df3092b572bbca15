package io.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.serde.InMemorySchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.errors.DlqDeserializationHandler;
import io.newsstream.streams.errors.DlqProcessingHandler;
import io.newsstream.streams.errors.ExceptionHandlers;
import io.newsstream.language.LanguageDetector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The streams configuration the app runs with, and how settings change it. */
class NewsStreamsAppConfigTest {
  private final SchemaRegistryClient registry = new InMemorySchemaRegistryClient();
  private final StreamsSettings settings =
      StreamsSettings.defaults("broker:9092", "http://registry:8081", Path.of("/var/lib/newsstream"));

  @Test
  void defaultsAreSafe() {
    Properties config = NewsStreamsApp.streamsConfig(settings, registry);

    assertThat(config)
        .containsEntry("application.id", "newsstream")
        .containsEntry("bootstrap.servers", "broker:9092")
        .containsEntry("state.dir", "/var/lib/newsstream")
        .containsEntry("processing.guarantee", "exactly_once_v2")
        .containsEntry("producer.acks", "all")
        .containsEntry("ensure.explicit.internal.resource.naming", true)
        .containsEntry("commit.interval.ms", 100L)
        .containsEntry("num.stream.threads", Runtime.getRuntime().availableProcessors())
        .containsEntry("producer.compression.type", "snappy")
        .containsEntry("replication.factor", -1)
        .containsEntry("schema.registry.url", "http://registry:8081")
        .containsEntry("deserialization.exception.handler", DlqDeserializationHandler.class)
        .containsEntry("processing.exception.handler", DlqProcessingHandler.class)
        .containsEntry(ExceptionHandlers.REGISTRY_CLIENT_CONFIG, registry);
  }

  @Test
  void settingsChangeTheirProperties() {
    Properties config = NewsStreamsApp.streamsConfig(
        settings.withApplicationId("news-2").withReplicationFactor(3), registry);

    assertThat(config).containsEntry("application.id", "news-2").containsEntry("replication.factor", 3);
  }

  @Test
  void kafkaOverridesWinOverTheDefaults() {
    Properties config = NewsStreamsApp.streamsConfig(
        settings.withKafkaOverrides(Map.of("processing.guarantee", "at_least_once", "num.stream.threads", "4")), registry);

    assertThat(config).containsEntry("processing.guarantee", "at_least_once").containsEntry("num.stream.threads", "4");
  }

  @Test
  void laterOverridesReplaceEarlierOnes() {
    StreamsSettings twice = settings
        .withKafkaOverrides(Map.of("num.stream.threads", "2", "client.id", "a"))
        .withKafkaOverrides(Map.of("num.stream.threads", "4"));

    assertThat(twice.kafkaOverrides()).containsEntry("num.stream.threads", "4").containsEntry("client.id", "a");
  }

  @Test
  void settingsDefaults() {
    assertThat(settings.dedupRetention()).isEqualTo(Duration.ofDays(30));
    assertThat(settings.languageAccuracy()).isEqualTo(LanguageDetector.Accuracy.LOW);
    assertThat(settings.withDedupRetention(Duration.ofDays(7)).dedupRetention()).isEqualTo(Duration.ofDays(7));
    assertThat(settings.withLanguageAccuracy(LanguageDetector.Accuracy.HIGH).languageAccuracy())
        .isEqualTo(LanguageDetector.Accuracy.HIGH);
  }

  @Test
  void retentionMustBePositive() {
    assertThatThrownBy(() -> settings.withDedupRetention(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
