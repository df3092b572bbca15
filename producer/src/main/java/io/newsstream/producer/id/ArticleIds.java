package io.newsstream.producer.id;

import io.newsstream.text.Fingerprint;

/**
 * Deterministic article ids: the same article sent twice gets the same id, so downstream
 * de-duplication is exact. An id is 32 hex digits (128 bits of SHA-256) of the canonical URL when
 * there is one, else of the normalised text; the two kinds are hashed apart so they never collide.
 */
public final class ArticleIds {
  private static final int HEX_DIGITS = 32;

  private ArticleIds() {}

  /** The id of an article known by its URL. */
  public static String fromUrl(String url) {
    return hash("url:" + CanonicalUrl.of(url));
  }

  /** The id of an article without a URL: its words, however wrapped and punctuated. */
  public static String fromText(String text) {
    return hash("text:" + Fingerprint.normalise(text));
  }

  private static String hash(String s) {
    return Fingerprint.sha256Hex(s).substring(0, HEX_DIGITS);
  }
}
