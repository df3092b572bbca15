package io.newsstream.producer.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a request body up to a size limit, whatever limit the server itself is configured with. */
public final class LimitedBody {
  private LimitedBody() {}

  /** The body, or empty if it is longer than {@code maxBytes} (the rest is not read). */
  public static Optional<byte[]> read(InputStream in, long maxBytes) throws IOException {
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    return body.length > maxBytes ? Optional.empty() : Optional.of(body);
  }
}
