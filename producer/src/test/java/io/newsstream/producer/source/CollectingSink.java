package io.newsstream.producer.source;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a source delivers. */
final class CollectingSink implements InputSink {
  final List<Input> inputs = new ArrayList<>();
  long bytes;

  @Override
  public void accept(Input input) {
    inputs.add(input);
  }

  @Override
  public void bytesRead(long n) {
    bytes += n;
  }

  Input.Article article(int i) {
    return (Input.Article) inputs.get(i);
  }

  Input.Refused refused(int i) {
    return (Input.Refused) inputs.get(i);
  }
}
