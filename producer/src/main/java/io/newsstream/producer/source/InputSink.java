package io.newsstream.producer.source;

/** Where sources deliver what they read. */
public interface InputSink {
  /** One item read. */
  void accept(Input input);

  /** Bytes consumed from the underlying input since the last call, for progress and totals. */
  void bytesRead(long bytes);
}
