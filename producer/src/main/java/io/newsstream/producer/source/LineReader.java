package io.newsstream.producer.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@code BufferedReader.readLine}, but keeps at most {@code maxChars} of a line, so
 * that one endless line cannot exhaust memory: the rest of it is skipped and the line is marked.
 */
final class LineReader {
  /** A line, or its first {@code maxChars} characters if {@code truncated}. */
  record Line(String text, boolean truncated) {}

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its terminator (\n or \r\n), or null at the end. */
  Line next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean truncated = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? finish(line, truncated) : null;
        }
      }
      any = true;
      char c = buffer[position++];
      if (c == '\n') {
        return finish(line, truncated);
      }
      if (line.length() < maxChars) {
        line.append(c);
      } else {
        truncated = true;
      }
    }
  }

  private static Line finish(StringBuilder line, boolean truncated) {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return new Line(line.toString(), truncated);
  }
}
