package io.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Topics;
import io.newsstream.serde.HttpSchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.serde.SchemaRegistryException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's registry, under its default BACKWARD compatibility, guards news.raw.v1's schema. */
class RawArticleCompatibilityIT {
  @TempDir Path dir;

  @Test
  void anOptionalFieldIsAcceptedAndARequiredOneRefusedWith409() {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0, Map.of());
        SchemaRegistryServer server = SchemaRegistryServer.start(broker.bootstrapServers(), 0, (short) 1)) {
      SchemaRegistryClient registry = new HttpSchemaRegistryClient(server.url());
      String subject = Topics.RAW.name() + "-value";
      int v1 = registry.register(subject, RawArticle.getClassSchema());

      // Readers of the new schema could not read the records already on the topic: refused.
      SchemaRegistryException refused = catchThrowableOfType(SchemaRegistryException.class,
          () -> registry.register(subject, RawArticleVersions.withRequiredSection()));
      assertThat(refused.httpStatus()).isEqualTo(409);
      assertThat(refused.errorCode()).isEqualTo(409);
      assertThat(refused.getMessage()).contains("incompatible", "READER_FIELD_MISSING_DEFAULT");

      int v2 = registry.register(subject, RawArticleVersions.withOptionalSection());
      assertThat(v2).isNotEqualTo(v1);
    }
  }
}
