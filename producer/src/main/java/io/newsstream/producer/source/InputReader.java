package io.newsstream.producer.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.decode.Encoding;
import io.newsstream.producer.decode.TextDecoder;
import io.newsstream.producer.validate.ArticleDraft;
import io.newsstream.producer.validate.RefusedException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the articles in one input (a file, stdin, an HTTP body) in a given {@link Format}. Every
 * article found, and every part that is not one, goes to the sink; nothing is skipped but blank
 * lines between JSON Lines. JSON Lines are streamed, so an archive of any size can be replayed;
 * other formats are read whole, up to a multiple of the text size limit.
 */
public final class InputReader {
  // A whole document may be larger than its text (HTML markup, JSON escapes, UTF-16).
  private static final int DOCUMENT_FACTOR = 4;
  // A JSON document may hold many articles; past this, JSON Lines is the format to use.
  private static final int JSON_FACTOR = 32;

  private final long maxTextBytes;

  /** @param maxTextBytes the text size limit, which bounds what is read into memory at once */
  public InputReader(long maxTextBytes) {
    this.maxTextBytes = maxTextBytes;
  }

  /**
   * Reads {@code in} to its end (or to a size limit), which it does not close.
   *
   * @param declared the charset the sender declared, if any; otherwise it is detected
   * @param sidecar for {@link Format#TEXT}: the article's other fields, read from a sidecar
   */
  public void read(Format format, InputStream in, String origin, Optional<Charset> declared,
      Optional<ArticleDraft> sidecar, InputSink sink) {
    try {
      switch (format) {
        case TEXT, HTML -> readDocument(format, in, origin, declared, sidecar, sink);
        case JSON -> readJson(in, origin, declared, sink);
        case JSON_LINES -> readJsonLines(in, origin, declared, sink);
      }
    } catch (IOException e) {
      sink.accept(refused(origin, RejectReason.READ_FAILED, "could not read: " + IoErrors.describe(e), null, null));
    }
  }

  private void readDocument(Format format, InputStream in, String origin, Optional<Charset> declared,
      Optional<ArticleDraft> sidecar, InputSink sink) throws IOException {
    Optional<byte[]> bytes = readWhole(in, DOCUMENT_FACTOR * maxTextBytes, origin, sink);
    if (bytes.isEmpty()) {
      return;
    }
    String text;
    try {
      text = TextDecoder.decode(bytes.get(), declared);
    } catch (RefusedException e) {
      sink.accept(new Input.Refused(origin, e.refusal(), null, bytes.get()));
      return;
    }
    ArticleDraft draft = format == Format.HTML
        ? HtmlExtractor.extract(text)
        : sidecar.map(s -> s.withText(text)).orElseGet(() -> ArticleDraft.ofText(text));
    sink.accept(new Input.Article(origin, format.mediaType(), draft, text));
  }

  private void readJson(InputStream in, String origin, Optional<Charset> declared, InputSink sink)
      throws IOException {
    Optional<byte[]> bytes = readWhole(in, JSON_FACTOR * maxTextBytes, origin, sink);
    if (bytes.isEmpty()) {
      return;
    }
    String doc;
    try {
      doc = TextDecoder.decode(bytes.get(), declared);
    } catch (RefusedException e) {
      sink.accept(new Input.Refused(origin, e.refusal(), null, bytes.get()));
      return;
    }
    // The whole document is parsed before any item is emitted: a document that is not JSON to its
    // end is refused as one, never half-accepted.
    List<JsonNode> items = new ArrayList<>();
    boolean array;
    try (JsonParser parser = ArticleJson.MAPPER.createParser(doc)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        sink.accept(refused(origin, RejectReason.EMPTY_TEXT, "no JSON value, only whitespace", doc, null));
        return;
      }
      array = first == JsonToken.START_ARRAY;
      if (array) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(ArticleJson.MAPPER.readTree(parser));
        }
      } else {
        items.add(ArticleJson.MAPPER.readTree(parser));
      }
      if (parser.nextToken() != null) {
        sink.accept(refused(origin, RejectReason.MALFORMED_JSON,
            "content after the JSON value at " + location(parser) + "; nothing of it was taken", doc, null));
        return;
      }
    } catch (JsonProcessingException e) {
      sink.accept(refused(origin, RejectReason.MALFORMED_JSON, JsonErrors.describe(e), doc, null));
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      emitJson(items.get(i), array ? origin + "[" + i + "]" : origin, Format.JSON, sink);
    }
  }

  private void readJsonLines(InputStream in, String origin, Optional<Charset> declared, InputSink sink)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, TextDecoder.SAMPLE_BYTES);
    buffered.mark(TextDecoder.SAMPLE_BYTES);
    byte[] sample = buffered.readNBytes(TextDecoder.SAMPLE_BYTES);
    buffered.reset();
    if (sample.length == 0) {
      sink.accept(refused(origin, RejectReason.EMPTY_TEXT, "the input is empty (0 bytes)", null, null));
      return;
    }
    Encoding encoding;
    try {
      encoding = declared.map(c -> new Encoding(c, 0))
          .orElseGet(() -> TextDecoder.detect(sample, sample.length, sample.length < TextDecoder.SAMPLE_BYTES));
    } catch (RefusedException e) {
      sink.bytesRead(sample.length);
      sink.accept(new Input.Refused(origin, e.refusal(), null, sample));
      return;
    }
    buffered.skipNBytes(encoding.bomLength());
    Counting counting = new Counting(buffered, encoding.bomLength());
    LineReader lines = new LineReader(
        new InputStreamReader(counting, TextDecoder.markingDecoder(encoding.charset())),
        (int) Math.min(Integer.MAX_VALUE - 16, DOCUMENT_FACTOR * maxTextBytes));
    long reported = 0;
    long number = 0;
    try {
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        number++;
        sink.bytesRead(counting.count - reported);
        reported = counting.count;
        String text = number == 1 ? stripByteOrderMark(line.text()) : line.text();
        if (!text.isBlank() || line.truncated()) {
          readLine(text, line.truncated(), origin + ":" + number, encoding.charset(), sink);
        }
      }
    } catch (IOException e) {
      sink.accept(refused(origin + ":" + (number + 1), RejectReason.READ_FAILED,
          "could not read past line " + number + ": " + IoErrors.describe(e), null, null));
    }
    sink.bytesRead(counting.count - reported);
  }

  private void readLine(String line, boolean truncated, String origin, Charset charset, InputSink sink) {
    if (truncated) {
      sink.accept(refused(origin, RejectReason.TOO_LARGE,
          "the line is longer than " + line.length() + " characters", line, null));
    } else if (line.indexOf(TextDecoder.UNDECODABLE_MARK) >= 0) {
      sink.accept(refused(origin, RejectReason.UNDECODABLE,
          "the line has bytes that are not valid " + charset.name(), line, null));
    } else {
      try {
        emitJson(ArticleJson.parseWhole(line), origin, Format.JSON_LINES, sink);
      } catch (JsonProcessingException e) {
        sink.accept(refused(origin, RejectReason.MALFORMED_JSON, JsonErrors.describe(e), line, null));
      }
    }
  }

  private static void emitJson(JsonNode node, String origin, Format format, InputSink sink) {
    try {
      sink.accept(new Input.Article(origin, format.mediaType(), ArticleJson.toDraft(node), node.toString()));
    } catch (RefusedException e) {
      sink.accept(new Input.Refused(origin, e.refusal(), node.toString(), null));
    }
  }

  /** The whole input, or nothing (and a refusal) if it is over {@code cap} bytes. */
  private static Optional<byte[]> readWhole(InputStream in, long cap, String origin, InputSink sink)
      throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, cap + 1));
    sink.bytesRead(bytes.length);
    if (bytes.length > cap) {
      sink.accept(refused(origin, RejectReason.TOO_LARGE,
          "the input is over " + cap + " bytes", null, Arrays.copyOf(bytes, (int) Math.min(cap, 1 << 16))));
      return Optional.empty();
    }
    return Optional.of(bytes);
  }

  private static Input.Refused refused(String origin, RejectReason reason, String detail, String rawText,
      byte[] rawBytes) {
    return new Input.Refused(origin, new Refusal(reason, detail), rawText, rawBytes);
  }

  private static String stripByteOrderMark(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String location(JsonParser parser) {
    return JsonErrors.location(parser.currentLocation());
  }

  /** Counts the bytes read through it, for progress and totals. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in, long alreadyRead) {
      super(in);
      this.count = alreadyRead;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
