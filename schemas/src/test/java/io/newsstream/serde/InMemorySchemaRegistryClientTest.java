package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.SessionKey;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryClientTest {
  private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

  @Test
  void assignsIdsInOrderAndTheSameIdToTheSameSchemaInAnySubject() {
    assertThat(registry.register("a-value", RawArticle.SCHEMA$)).isEqualTo(1);
    assertThat(registry.register("b-value", EnrichedArticle.SCHEMA$)).isEqualTo(2);
    assertThat(registry.register("c-key", SessionKey.SCHEMA$)).isEqualTo(3);
    assertThat(registry.register("a-value", RawArticle.SCHEMA$)).isEqualTo(1);
    assertThat(registry.register("d-value", RawArticle.SCHEMA$)).isEqualTo(1);

    assertThat(registry.idOf("d-value", RawArticle.SCHEMA$)).isEqualTo(1);
    assertThat(registry.schemaById(2)).isEqualTo(EnrichedArticle.SCHEMA$);
  }

  @Test
  void answersAbsenceWithConfluentErrorCodes() {
    registry.register("a-value", RawArticle.SCHEMA$);

    assertThatThrownBy(() -> registry.idOf("a-value", SessionKey.SCHEMA$))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(40403);
              assertThat(e.isNotFound()).isTrue();
            });
    assertThatThrownBy(() -> registry.idOf("b-value", RawArticle.SCHEMA$))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
    assertThatThrownBy(() -> registry.schemaById(2))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
  }
}
