package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.SessionKey;
import io.newsstream.schema.Topics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The catalog's serdes: what each topic's keys and values are on the wire. */
class TopicSerdesTest {
  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

  @Test
  void anArticleTopicIsKeyedByTheIdAsPlainTextAndCarriesAvroValuesUnderItsValueSubject() {
    String topic = Topics.ARTICLES.name();
    byte[] key = Topics.ARTICLES.keySerde(registry).serializer().serialize(topic, "a1");
    byte[] value = Topics.ARTICLES.valueSerde(registry).serializer().serialize(topic, Samples.enrichedArticle());

    assertThat(new String(key, StandardCharsets.UTF_8)).isEqualTo("a1");
    assertThat(value[0]).as("Confluent wire format: magic byte").isZero();
    assertThat(registry.idOf(topic + "-value", EnrichedArticle.getClassSchema())).isNotNegative();
    assertThat(Topics.ARTICLES.valueDeserializer(registry).deserialize(topic, value)).isEqualTo(Samples.enrichedArticle());
  }

  @Test
  void theSessionsTopicIsKeyedByAnAvroSessionKeyUnderItsKeySubject() {
    String topic = Topics.SESSIONS.name();
    byte[] key = Topics.SESSIONS.keySerde(registry).serializer().serialize(topic, Samples.sessionKey());

    assertThat(key[0]).isZero();
    assertThat(registry.idOf(topic + "-key", SessionKey.getClassSchema())).isNotNegative();
    assertThat(Topics.SESSIONS.keySerde(registry).deserializer().deserialize(topic, key)).isEqualTo(Samples.sessionKey());
  }

  @Test
  void theCatalogListsEveryTopicOnceInTheContractsOrder() {
    assertThat(Topics.names())
        .containsExactly("news.raw.v1", "news.articles.v1", "news.duplicates.v1", "news.sessions.v1", "news.dlq.v1");
  }
}
