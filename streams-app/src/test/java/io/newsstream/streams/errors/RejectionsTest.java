package io.newsstream.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionsTest {

  @Test
  void originIsTopicPartitionAtOffset() {
    assertThat(Rejections.origin("news.raw.v1", 3, 42)).isEqualTo("news.raw.v1-3@42");
  }

  @Test
  void truncatesLongTextsWithoutSplittingASurrogatePair() {
    String text = "a".repeat(Rejections.MAX_RAW_LENGTH - 1) + "😀" + "tail";

    String truncated = Rejections.truncate(text);

    assertThat(truncated).hasSize(Rejections.MAX_RAW_LENGTH - 1);
    assertThat(Rejections.truncate("short")).isEqualTo("short");
    assertThat(Rejections.truncate((String) null)).isNull();
  }

  @Test
  void truncatesLongBytes() {
    assertThat(Rejections.truncate(new byte[Rejections.MAX_RAW_LENGTH + 10]).remaining()).isEqualTo(Rejections.MAX_RAW_LENGTH);
    assertThat(Rejections.truncate(new byte[] {1, 2}).remaining()).isEqualTo(2);
    assertThat(Rejections.truncate((byte[]) null)).isNull();
  }

  @Test
  void describesAnExceptionWithItsCauses() {
    Exception e = new IllegalStateException("outer", new IllegalArgumentException("inner"));

    assertThat(Rejections.describe(e)).isEqualTo(
        "java.lang.IllegalStateException: outer; caused by java.lang.IllegalArgumentException: inner");
  }
}
