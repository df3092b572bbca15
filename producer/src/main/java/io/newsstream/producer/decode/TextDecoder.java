package io.newsstream.producer.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.validate.RefusedException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds out how an input's bytes encode text and decodes them: a byte-order mark decides first
 * (UTF-8, UTF-16), then strict UTF-8, then ICU's statistical detector (windows-1251, KOI8-R,
 * ISO-8859-5, Latin encodings). Binary data and bytes no encoding explains are refused.
 */
public final class TextDecoder {
  /** How many leading bytes decide the encoding of a stream that is read piece by piece. */
  public static final int SAMPLE_BYTES = 64 * 1024;

  /**
   * Replaces undecodable bytes when a stream is decoded piece by piece, so that the piece holding
   * them can be refused alone. U+FFFF is a noncharacter: no real text contains it.
   */
  public static final char UNDECODABLE_MARK = '\uFFFF';

  // ICU reports 0..100; below this its best guess is noise.
  private static final int MIN_CONFIDENCE = 20;
  // Text has at most a stray control character; binary formats have many.
  private static final double MAX_CONTROL_RATIO = 0.02;
  // UTF-8 with a damaged place now and then is still UTF-8 if valid characters outnumber them so.
  private static final int VALID_PER_DAMAGED = 20;

  private TextDecoder() {}

  /** Decodes a whole input, honouring {@code declared} (e.g. an HTTP charset) when given. */
  public static String decode(byte[] bytes, Optional<Charset> declared) {
    if (bytes.length == 0) {
      throw new RefusedException(RejectReason.EMPTY_TEXT, "the input is empty (0 bytes)");
    }
    Encoding encoding = declared.isPresent()
        ? new Encoding(declared.get(), 0)
        : detect(bytes, bytes.length, true);
    try {
      String text = strictDecoder(encoding.charset())
          .decode(ByteBuffer.wrap(bytes, encoding.bomLength(), bytes.length - encoding.bomLength()))
          .toString();
      // A declared charset leaves its byte-order mark in the text.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new RefusedException(RejectReason.UNDECODABLE,
          "the bytes are not valid " + encoding.charset().name());
    }
  }

  /**
   * Detects the encoding from the first {@code length} bytes of an input.
   *
   * @param complete whether those bytes are the whole input (if not, a character cut at the end of
   *     the sample is no error)
   */
  public static Encoding detect(byte[] sample, int length, boolean complete) {
    Optional<Encoding> bom = byteOrderMark(sample, length);
    if (bom.isPresent()) {
      return bom.get();
    }
    refuseBinary(sample, length);
    if (isUtf8(sample, length, complete)) {
      return new Encoding(StandardCharsets.UTF_8, 0);
    }
    return new Encoding(guess(Arrays.copyOf(sample, length)), 0);
  }

  /** A decoder that replaces bad bytes with {@link #UNDECODABLE_MARK}, for reading streams. */
  public static CharsetDecoder markingDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(UNDECODABLE_MARK));
  }

  /** The charset named in a media type's {@code charset} parameter, refused if Java lacks it. */
  public static Charset charsetNamed(String name) {
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new RefusedException(RejectReason.UNDECODABLE, "unknown charset '" + name + "'");
    }
  }

  private static Optional<Encoding> byteOrderMark(byte[] b, int length) {
    if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_8, 3));
    }
    if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16LE, 2));
    }
    if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16BE, 2));
    }
    return Optional.empty();
  }

  private static void refuseBinary(byte[] b, int length) {
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        throw new RefusedException(RejectReason.BINARY_CONTENT,
            "NUL byte at offset " + i + ": binary data, or UTF-16 without a byte-order mark");
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
        controls++;
      }
    }
    if (controls > length * MAX_CONTROL_RATIO) {
      throw new RefusedException(RejectReason.BINARY_CONTENT,
          controls + " control bytes in the first " + length + ": binary data, not text");
    }
  }

  /**
   * Whether the bytes are UTF-8: all of them, or all but a few damaged places among many valid
   * multi-byte characters (a legacy encoding almost never forms valid UTF-8 sequences). Damaged
   * places are then refused with the piece of input that holds them, not the whole input.
   */
  private static boolean isUtf8(byte[] b, int length, boolean complete) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < length; ) {
      int c = b[i] & 0xFF;
      int continuations = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
          : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      int j = 1;
      while (continuations > 0 && j <= continuations && i + j < length && (b[i + j] & 0xC0) == 0x80) {
        j++;
      }
      if (continuations == 0) {
        i++;
      } else if (continuations > 0 && j > continuations) {
        valid++;
        i += j;
      } else if (continuations > 0 && i + j == length && !complete) {
        break; // a character cut by the end of the sample
      } else {
        invalid++;
        i++;
      }
    }
    return invalid == 0 || valid >= VALID_PER_DAMAGED * invalid;
  }

  private static Charset guess(byte[] sample) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() < MIN_CONFIDENCE) {
        break; // matches come best first
      }
      Optional<Charset> charset = javaCharset(match.getName());
      if (charset.isPresent() && decodesStrictly(sample, charset.get())) {
        return charset.get();
      }
    }
    throw new RefusedException(RejectReason.UNDECODABLE,
        "not UTF-8, and no other text encoding explains the bytes");
  }

  private static Optional<Charset> javaCharset(String icuName) {
    try {
      Charset charset = Charset.forName(icuName);
      // Without a BOM these would have failed the NUL test already; ICU's guess is wrong.
      return charset.name().startsWith("UTF-") ? Optional.empty() : Optional.of(charset);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean decodesStrictly(byte[] sample, Charset charset) {
    try {
      strictDecoder(charset).decode(ByteBuffer.wrap(sample));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
