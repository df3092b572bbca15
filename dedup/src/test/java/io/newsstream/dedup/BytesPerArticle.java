package io.newsstream.dedup;

import java.nio.charset.StandardCharsets;

/** What one article costs in the index: its sketch's bytes plus its band keys' UTF-8 bytes. */
final class BytesPerArticle {
  private BytesPerArticle() {}

  static int of(NearDuplicateDetector detector) {
    Sketch sketch = detector.sketch("Сессия Ассамблеи народа Казахстана прошла в Костанае.");
    int keys = detector.bandKeys(sketch).stream().mapToInt(k -> k.getBytes(StandardCharsets.UTF_8).length).sum();
    return sketch.toBytes().length + keys;
  }
}
