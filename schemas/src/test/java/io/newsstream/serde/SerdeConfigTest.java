package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.SessionKey;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The serdes built the way Kafka builds them from client properties: by class name. */
class SerdeConfigTest {
  private static final String TOPIC = "news.raw.v1";
  private final FakeRegistry registry;

  SerdeConfigTest() throws IOException {
    registry = FakeRegistry.start();
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void producerAndConsumerPropertiesAloneRoundTripAValue() {
    Properties producer = new Properties();
    producer.setProperty("value.serializer", "io.newsstream.serde.AvroSerializer");
    producer.setProperty(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    Properties consumer = new Properties();
    consumer.setProperty("value.deserializer", "io.newsstream.serde.AvroDeserializer");
    consumer.setProperty(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    consumer.setProperty(SerdeConfig.VALUE_TYPE, "io.newsstream.schema.RawArticle");

    Serializer<RawArticle> serializer = configured(producer, "value.serializer", Serializer.class, false);
    Deserializer<RawArticle> deserializer =
        configured(consumer, "value.deserializer", Deserializer.class, false);

    byte[] bytes = serializer.serialize(TOPIC, Samples.rawArticle());
    assertThat(deserializer.deserialize(TOPIC, bytes)).isEqualTo(Samples.rawArticle());
    assertThat(registry.requests())
        .containsExactly("POST /subjects/news.raw.v1-value/versions", "GET /schemas/ids/1");
  }

  @Test
  void keysUseTheKeyTypeAndTheKeySubject() {
    Properties props = new Properties();
    props.setProperty("key.serde", "io.newsstream.serde.AvroSerde");
    props.setProperty(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    props.setProperty(SerdeConfig.KEY_TYPE, "io.newsstream.schema.SessionKey");

    Serde<SessionKey> serde = configured(props, "key.serde", Serde.class, true);

    byte[] bytes = serde.serializer().serialize("news.sessions.v1", Samples.sessionKey());
    assertThat(serde.deserializer().deserialize("news.sessions.v1", bytes))
        .isEqualTo(Samples.sessionKey());
    assertThat(registry.requests()).first().isEqualTo("POST /subjects/news.sessions.v1-key/versions");
  }

  @Test
  void autoRegisterOffOnlyLooksUp() {
    Map<String, Object> configs = new HashMap<>();
    configs.put(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    configs.put(SerdeConfig.AUTO_REGISTER_SCHEMAS, "false");
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(configs, false);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, Samples.rawArticle()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not registered under subject 'news.raw.v1-value'");
    assertThat(registry.requests()).containsExactly("POST /subjects/news.raw.v1-value");
  }

  @Test
  void typedValuesWorkToo() {
    AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>();
    deserializer.configure(
        Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(), SerdeConfig.VALUE_TYPE, RawArticle.class),
        false);
    AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
    serializer.configure(
        Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(), SerdeConfig.AUTO_REGISTER_SCHEMAS, true),
        false);

    byte[] bytes = serializer.serialize(TOPIC, Samples.minimalRawArticle());
    assertThat(deserializer.deserialize(TOPIC, bytes)).isEqualTo(Samples.minimalRawArticle());
  }

  @Test
  void explicitSettingsAreNotOverriddenByConfigure() {
    InMemorySchemaRegistryClient memory = new InMemorySchemaRegistryClient();
    AvroSerde<RawArticle> serde = AvroSerdes.forClass(RawArticle.class, memory, false, false);
    serde.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), true);

    assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, Samples.rawArticle()))
        .hasMessageContaining("news.raw.v1-value")
        .hasMessageContaining("auto.register.schemas is false");
    assertThat(registry.requests()).isEmpty();
  }

  @Test
  void misconfigurationNamesTheKey() {
    String url = registry.url();
    assertThatThrownBy(() -> new AvroSerializer<>().configure(Map.of(), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SerdeConfig.SCHEMA_REGISTRY_URL);
    assertThatThrownBy(
            () -> new AvroSerializer<>().configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "localhost"), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SerdeConfig.SCHEMA_REGISTRY_URL);
    assertThatThrownBy(
            () ->
                new AvroSerializer<>()
                    .configure(
                        Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url, SerdeConfig.AUTO_REGISTER_SCHEMAS, "yes"),
                        false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SerdeConfig.AUTO_REGISTER_SCHEMAS);
    assertThatThrownBy(
            () -> new AvroDeserializer<>().configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SerdeConfig.VALUE_TYPE);
    assertThatThrownBy(
            () ->
                new AvroDeserializer<>()
                    .configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url, SerdeConfig.KEY_TYPE, "java.lang.String"), true))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(SerdeConfig.KEY_TYPE)
        .hasMessageContaining("not an Avro SpecificRecord class");
    assertThatThrownBy(
            () ->
                new AvroDeserializer<>()
                    .configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url, SerdeConfig.VALUE_TYPE, "io.newsstream.Nope"), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no such class");
  }

  /** As Kafka does: instantiate the named class with its no-arg constructor, then configure it. */
  @SuppressWarnings("unchecked")
  private static <T> T configured(Properties props, String classKey, Class<?> base, boolean isKey) {
    Object instance;
    try {
      instance = Utils.newInstance(props.getProperty(classKey), base);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    Map<String, Object> configs = Utils.propsToMap(props);
    if (instance instanceof Serializer<?> s) {
      s.configure(configs, isKey);
    } else if (instance instanceof Deserializer<?> d) {
      d.configure(configs, isKey);
    } else {
      ((Serde<?>) instance).configure(configs, isKey);
    }
    return (T) instance;
  }
}
