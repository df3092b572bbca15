package io.newsstream.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.RejectedInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
  @Test
  void carriesTheRefusalTheStageAndTheTime() {
    Instant at = Instant.parse("2024-05-02T09:00:00Z");
    RejectedInput letter = DeadLetters.of(new Refusal(RejectReason.TOO_SHORT, "the text has 1 letters"),
        DeadLetters.PRODUCER_STAGE, at).build();
    assertThat(letter.getReason()).isEqualTo("TOO_SHORT");
    assertThat(letter.getDetail()).isEqualTo("the text has 1 letters");
    assertThat(letter.getStage()).isEqualTo("producer");
    assertThat(letter.getRejectedAt()).isEqualTo(at);
  }

  @Test
  void truncatesLongTextsWithoutSplittingASurrogatePair() {
    String text = "a".repeat(DeadLetters.TEXT_LIMIT - 1) + "😀" + "tail";

    String truncated = DeadLetters.truncate(text);

    assertThat(truncated).hasSize(DeadLetters.TEXT_LIMIT - 1);
    assertThat(DeadLetters.truncate("short")).isEqualTo("short");
    assertThat(DeadLetters.truncate((String) null)).isNull();
  }

  @Test
  void truncatesLongBytes() {
    assertThat(DeadLetters.truncate(new byte[DeadLetters.PAYLOAD_LIMIT + 10]).remaining()).isEqualTo(DeadLetters.PAYLOAD_LIMIT);
    assertThat(DeadLetters.truncate(new byte[] {1, 2}).remaining()).isEqualTo(2);
    assertThat(DeadLetters.truncate((byte[]) null)).isNull();
  }

  @Test
  void aDeadLetterOfAHugeCyrillicInputFitsTheBrokersDefaultMessageSize() throws Exception {
    String text = "ж".repeat(1_000_000);
    RejectedInput letter = DeadLetters.of(new Refusal(RejectReason.TOO_LARGE, "too large"), "validate", Instant.EPOCH)
        .setOrigin("news.raw.v1-0@1")
        .setRawText(DeadLetters.truncate(text))
        .setRawBytes(DeadLetters.truncate(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .build();
    assertThat(letter.toByteBuffer().remaining()).isLessThan(1_000_000);
  }
}
