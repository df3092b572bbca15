package io.newsstream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaStoreTest {
  private final SchemaStore store = new SchemaStore();

  @Test
  void versionsAndIdsFollowTheRecords() {
    apply(SchemaStore.put(new SchemaVersion("a", 1, 1, "\"string\"", false)));
    apply(SchemaStore.put(new SchemaVersion("a", 2, 2, "\"int\"", false)));
    apply(SchemaStore.put(new SchemaVersion("b", 1, 1, "\"string\"", false)));

    assertThat(store.subjects()).containsExactly("a", "b");
    assertThat(store.versions("a")).extracting(SchemaVersion::version).containsExactly(1, 2);
    assertThat(store.schemaById(2)).contains("\"int\"");
    assertThat(store.idOf("\"string\"")).contains(1);
    assertThat(store.maxId()).isEqualTo(2);
    assertThat(store.versions("none")).isEmpty();
  }

  @Test
  void softDeleteRewritesTheSameKey() {
    SchemaVersion v = new SchemaVersion("a", 1, 1, "\"string\"", false);
    SchemaStore.Change put = SchemaStore.put(v);
    SchemaStore.Change softDelete = SchemaStore.put(v.softDeleted());
    // Compaction keeps the last record per key, compared byte by byte.
    assertThat(softDelete.key()).isEqualTo(put.key()).isEqualTo(SchemaStore.remove(v).key());

    apply(put);
    apply(softDelete);
    assertThat(store.versions("a")).singleElement().extracting(SchemaVersion::deleted).isEqualTo(true);
    assertThat(store.schemaById(1)).as("ids of soft-deleted versions stay served").isPresent();
  }

  @Test
  void tombstonesRemoveVersionsAndIdsNoLongerUsed() {
    SchemaVersion a1 = new SchemaVersion("a", 1, 1, "\"string\"", true);
    SchemaVersion b1 = new SchemaVersion("b", 1, 1, "\"string\"", false);
    SchemaVersion a2 = new SchemaVersion("a", 2, 2, "\"int\"", true);
    apply(SchemaStore.put(a1));
    apply(SchemaStore.put(b1));
    apply(SchemaStore.put(a2));

    apply(SchemaStore.remove(a1));
    apply(SchemaStore.remove(a2));

    assertThat(store.subjects()).containsExactly("b");
    assertThat(store.schemaById(1)).as("still used by b").isPresent();
    assertThat(store.schemaById(2)).isEmpty();
    assertThat(store.idOf("\"int\"")).isEmpty();
    assertThat(store.maxId()).isEqualTo(2);
  }

  @Test
  void theMaxIdRecordOutlivesCompactedVersions() {
    // What a replay sees once compaction has dropped a permanently deleted version with id 7.
    apply(SchemaStore.put(new SchemaVersion("a", 1, 1, "\"string\"", false)));
    apply(SchemaStore.maxId(7));

    assertThat(store.maxId()).isEqualTo(7);
  }

  @Test
  void configsAreGlobalOrPerSubject() {
    assertThat(store.globalCompatibility()).isEqualTo(Compatibility.BACKWARD);
    apply(SchemaStore.config(null, Compatibility.FULL));
    apply(SchemaStore.config("a", Compatibility.NONE));

    assertThat(store.globalCompatibility()).isEqualTo(Compatibility.FULL);
    assertThat(store.subjectCompatibility("a")).contains(Compatibility.NONE);
    assertThat(store.subjectCompatibility("b")).isEmpty();
    assertThat(SchemaStore.config(null, Compatibility.FULL).key())
        .isNotEqualTo(SchemaStore.config("a", Compatibility.FULL).key());
  }

  @Test
  void ignoresKeyTypesItDoesNotServeAndRefusesMalformedRecords() {
    store.apply("{\"keytype\":\"NOOP\",\"magic\":0}", null);
    assertThat(store.subjects()).isEmpty();

    assertThatThrownBy(() -> store.apply("not json", "{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.apply("{\"keytype\":\"SCHEMA\",\"subject\":\"a\",\"version\":1}", "{\"id\":1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema");
    assertThatThrownBy(() -> store.apply("{\"keytype\":\"CONFIG\"}", "{\"compatibilityLevel\":\"SIDEWAYS\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void apply(SchemaStore.Change change) {
    store.apply(change.key(), change.value());
  }
}
