package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SketchTest {
  private final Sketch sketch = NearDuplicateDetector.standard().sketch("Сессия Ассамблеи народа Казахстана прошла в Костанае.");

  @Test
  void roundTripsThroughBytes() {
    byte[] bytes = sketch.toBytes();

    assertThat(bytes[0]).isEqualTo(Sketch.VERSION);
    // Header, 128 hashes, core count, sample size, the sample (every shingle of so short a text),
    // core mask, no full names.
    int sampled = sketch.shingles();
    assertThat(sketch.sample()).hasSize(sampled);
    assertThat(bytes).hasSize(7 + 4 * 128 + 4 + 2 + 4 * sampled + (sampled + 7) / 8 + 1);
    assertThat(Sketch.fromBytes(bytes)).isEqualTo(sketch);
    assertThat(sketch.hasSample()).isTrue();
  }

  @Test
  void aLongTextIsSampledAndTheSampleMarksItsCore() {
    StringBuilder text = new StringBuilder("Заголовок новости\n");
    for (int i = 0; i < 150; i++) {
      text.append("Предложение номер ").append(i).append(" рассказывает о событии в области подробно и обстоятельно.\n");
    }
    Sketch long_ = NearDuplicateDetector.standard().sketch(text.toString());

    assertThat(long_.shingles()).isGreaterThan(Sketch.SAMPLE_SIZE);
    assertThat(long_.sample()).hasSize(Sketch.SAMPLE_SIZE).isSorted();
    assertThat(long_.coreShingles()).isPositive().isLessThan(long_.shingles());
    assertThat(Sketch.fromBytes(long_.toBytes())).isEqualTo(long_);
    // The whole text is contained in itself, and so is its core.
    assertThat(long_.overlap(long_, NearDuplicateDetector.NONE_COMMON).containment()).isEqualTo(1.0);
    assertThat(long_.coreOverlap(long_, NearDuplicateDetector.NONE_COMMON).shared()).isCloseTo(long_.coreShingles(), org.assertj.core.data.Offset.offset(long_.coreShingles() * 0.2));
  }

  @Test
  void theOldLayoutIsStillReadAsASketchWithoutCore() {
    // Layout v1 as stores written before the core hold it: version, shingle count, hash count, hashes.
    java.nio.ByteBuffer v1 = java.nio.ByteBuffer.allocate(7 + 4 * 128).put((byte) 1).putInt(sketch.shingles()).putShort((short) 128);
    for (int h : sketch.minHashes()) {
      v1.putInt(h);
    }

    Sketch old = Sketch.fromBytes(v1.array());

    assertThat(old.hasSample()).isFalse();
    assertThat(old.minHashes()).isEqualTo(sketch.minHashes());
    assertThat(Sketch.fromBytes(old.toBytes())).isEqualTo(old);
  }

  @Test
  void fullNamesRoundTripAndLayoutThreeIsReadAsNamingNoOne() {
    Sketch named = NearDuplicateDetector.standard().sketch("Исполняющим обязанности назначен Петренко Иван Сергеевич.");
    byte[] bytes = named.toBytes();

    assertThat(bytes[bytes.length - 5]).isEqualTo((byte) 1);
    assertThat(Sketch.fromBytes(bytes)).isEqualTo(named);

    byte[] v3 = java.util.Arrays.copyOf(sketch.toBytes(), sketch.toBytes().length - 1);
    v3[0] = Sketch.VERSION_WITHOUT_NAMES;
    Sketch old = Sketch.fromBytes(v3);
    assertThat(old.hasSample()).isTrue();
    assertThat(old.namesOthersThan(named)).isFalse();
  }

  @Test
  void cannotBeChangedFromOutside() {
    int[] hashes = {1, 2, 3};
    Sketch s = new Sketch(hashes, 3);
    hashes[0] = 9;
    s.minHashes()[1] = 9;

    assertThat(s.minHashes()).containsExactly(1, 2, 3);
  }

  @Test
  void badBytesAreRefusedWithTheReason() {
    byte[] good = sketch.toBytes();
    byte[] wrongVersion = good.clone();
    wrongVersion[0] = 7;
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 1);
    byte[] negativeCount = good.clone();
    negativeCount[1] = (byte) 0x80;

    assertThatThrownBy(() -> Sketch.fromBytes(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    assertThatThrownBy(() -> Sketch.fromBytes(new byte[3])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
    assertThatThrownBy(() -> Sketch.fromBytes(wrongVersion)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 7");
    assertThatThrownBy(() -> Sketch.fromBytes(cut)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be " + good.length + " bytes");
    assertThatThrownBy(() -> Sketch.fromBytes(negativeCount)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  @Test
  void sketchesOfDifferentDetectorsDoNotCompare() {
    Sketch small = new NearDuplicateDetector(64, 16, 0.5, 1).sketch("Сессия прошла.");

    assertThatThrownBy(() -> NearDuplicateDetector.standard().similarityIfDuplicate(sketch, small))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different detectors");
  }
}
