package io.newsstream.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.serde.InMemorySchemaRegistryClient;
import io.newsstream.streams.NewsStreamsApp;
import io.newsstream.streams.StreamsSettings;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the app's configuration, a stage that throws sends the record to the DLQ and the app goes
 * on. A stage that fails on purpose stands in for a bug: the real stages have none to trigger.
 */
class ProcessingFailureTest {
  @TempDir Path stateDir;

  @Test
  void aRecordOnWhichAStageThrowsGoesToTheDlqAndTheNextIsProcessed() {
    InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    Properties config =
        NewsStreamsApp.streamsConfig(StreamsSettings.defaults("localhost:9092", "http://registry.invalid", stateDir), registry);
    Serde<RawArticle> raw = Topics.RAW.valueSerde(registry);
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.RAW.name(), Consumed.with(Serdes.String(), raw).withName("raw"))
        .mapValues(a -> {
          if (a.getText().contains("bug")) {
            throw new IllegalStateException("a bug in a stage");
          }
          return a.getText();
        }, Named.as("failing-stage"))
        .to(Topics.ARTICLES.name(), Produced.with(Serdes.String(), Serdes.String()).withName("out"));

    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
      TestInputTopic<String, RawArticle> in = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), raw.serializer());
      TestOutputTopic<String, String> out = driver.createOutputTopic(Topics.ARTICLES.name(), new StringDeserializer(), new StringDeserializer());
      TestOutputTopic<String, RejectedInput> dlq = driver.createOutputTopic(Topics.DLQ.name(), new StringDeserializer(),
          Topics.DLQ.valueDeserializer(registry));

      in.pipeInput("a-1", NewsTopologyDriver.article("a-1", "a bug"));
      in.pipeInput("a-2", NewsTopologyDriver.article("a-2", "fine"));

      RejectedInput rejected = dlq.readValue();
      assertThat(rejected.getReason()).isEqualTo("PROCESSING_FAILED");
      assertThat(rejected.getStage()).isEqualTo("failing-stage");
      assertThat(rejected.getDetail()).contains("IllegalStateException", "a bug in a stage");
      assertThat(rejected.getOrigin()).isEqualTo(Topics.RAW.name() + "-0@0");
      assertThat(rejected.getArticleId()).isEqualTo("a-1");
      assertThat(rejected.getRawBytes()).isNotNull();
      assertThat(out.readValuesToList()).containsExactly("fine");
    }
  }
}
