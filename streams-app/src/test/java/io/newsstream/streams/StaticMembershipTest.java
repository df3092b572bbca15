package io.newsstream.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticMembershipTest {
  @TempDir Path dir;

  @Test
  void anInstanceKeepsItsIdAcrossRestartsAndAnotherStateDirGetsAnother() throws Exception {
    String first = StaticMembership.instanceId(dir.resolve("a"));
    assertThat(first).startsWith("newsstream-");
    assertThat(StaticMembership.instanceId(dir.resolve("a"))).isEqualTo(first);
    assertThat(Files.readString(dir.resolve("a").resolve(StaticMembership.FILE)).strip()).isEqualTo(first);
    assertThat(StaticMembership.instanceId(dir.resolve("b"))).isNotEqualTo(first);
  }

  @Test
  void anIdEditedIntoSomethingKafkaWouldRefuseIsSaidSo() throws Exception {
    Files.writeString(dir.resolve(StaticMembership.FILE), "two words\n");
    assertThatThrownBy(() -> StaticMembership.instanceId(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"two words\"").hasMessageContaining("delete it");
  }
}
