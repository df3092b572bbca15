package io.newsstream.producer.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.Texts;
import io.newsstream.producer.validate.RefusedException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {
  @Test
  void decodesUtf8KazakhAndRussian() {
    String text = Texts.KAZAKH + "\n" + Texts.RUSSIAN;
    assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), Optional.empty())).isEqualTo(text);
  }

  @Test
  void dropsTheUtf8ByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Texts.KAZAKH.getBytes(StandardCharsets.UTF_8));
    assertThat(TextDecoder.decode(bytes, Optional.empty())).isEqualTo(Texts.KAZAKH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void decodesUtf16WithByteOrderMark(String charset) {
    // Java's UTF-16LE/BE encoders write no mark; "\uFEFF" encoded first is the mark.
    byte[] bytes = ("\uFEFF" + Texts.KAZAKH).getBytes(Charset.forName(charset));
    assertThat(TextDecoder.decode(bytes, Optional.empty())).isEqualTo(Texts.KAZAKH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1251", "KOI8-R"})
  void detectsSingleByteCyrillic(String charset) {
    byte[] bytes = Texts.RUSSIAN.getBytes(Charset.forName(charset));
    assertThat(TextDecoder.detect(bytes, bytes.length, true).charset()).isEqualTo(Charset.forName(charset));
    assertThat(TextDecoder.decode(bytes, Optional.empty())).isEqualTo(Texts.RUSSIAN);
  }

  @Test
  void honoursADeclaredCharset() {
    byte[] bytes = "Привет".getBytes(Charset.forName("windows-1251"));
    assertThat(TextDecoder.decode(bytes, Optional.of(Charset.forName("windows-1251")))).isEqualTo("Привет");
  }

  @Test
  void aSampleCutInsideACharacterIsStillUtf8() {
    byte[] bytes = Texts.KAZAKH.getBytes(StandardCharsets.UTF_8);
    int cut = 1; // every Kazakh letter is two bytes: cutting after one byte splits "Қ"
    assertThat(TextDecoder.detect(bytes, cut, false).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf8WithOneDamagedByteIsRefusedNotMistakenForALegacyEncoding() {
    byte[] bytes = Texts.KAZAKH.getBytes(StandardCharsets.UTF_8);
    bytes[10] = (byte) 0xFF;
    assertThat(TextDecoder.detect(bytes, bytes.length, true).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertRefused(bytes, RejectReason.UNDECODABLE);
  }

  @Test
  void refusesEmptyInput() {
    assertRefused(new byte[0], RejectReason.EMPTY_TEXT);
  }

  @Test
  void refusesNulBytes() {
    assertRefused("text\0with a NUL".getBytes(StandardCharsets.US_ASCII), RejectReason.BINARY_CONTENT);
  }

  @Test
  void refusesABinaryFile() {
    byte[] png = new byte[4096];
    new Random(42).nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
    assertRefused(png, RejectReason.BINARY_CONTENT);
  }

  @Test
  void refusesControlCharactersWithoutNul() {
    byte[] bytes = new byte[1000];
    Arrays.fill(bytes, (byte) 'a');
    for (int i = 0; i < bytes.length; i += 10) {
      bytes[i] = 0x01;
    }
    assertRefused(bytes, RejectReason.BINARY_CONTENT);
  }

  @Test
  void refusesUtf16WithALoneSurrogate() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.writeBytes("ab".getBytes(StandardCharsets.UTF_16LE));
    out.writeBytes(new byte[] {0x00, (byte) 0xD8}); // a high surrogate with no low one after it
    assertRefused(out.toByteArray(), RejectReason.UNDECODABLE);
  }

  @Test
  void refusesAnUnknownCharsetName() {
    assertThatThrownBy(() -> TextDecoder.charsetNamed("klingon-8"))
        .isInstanceOfSatisfying(RefusedException.class,
            e -> assertThat(e.refusal().reason()).isEqualTo(RejectReason.UNDECODABLE));
  }

  private static void assertRefused(byte[] bytes, RejectReason reason) {
    assertThatThrownBy(() -> TextDecoder.decode(bytes, Optional.empty()))
        .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().reason()).isEqualTo(reason));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
