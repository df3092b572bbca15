package io.newsstream.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionsTest {

  @Test
  void originIsTopicPartitionAtOffset() {
    assertThat(Rejections.origin("news.raw.v1", 3, 42)).isEqualTo("news.raw.v1-3@42");
  }

  @Test
  void describesAnExceptionWithItsCauses() {
    Exception e = new IllegalStateException("outer", new IllegalArgumentException("inner"));

    assertThat(Rejections.describe(e)).isEqualTo(
        "java.lang.IllegalStateException: outer; caused by java.lang.IllegalArgumentException: inner");
  }
}
