package io.newsstream.producer.validate;

import java.util.Map;

/**
 * An article as a source read it, every field as sent and not yet checked; {@link Validator}
 * turns it into a RawArticle or refuses it.
 *
 * @param publishedAt the date as written (ISO-8601, RFC 1123, dd.MM.yyyy or epoch millis), or null
 * @param language the language the sender claims, or null
 * @param metadata free fields to pass through
 */
public record ArticleDraft(
    String url,
    String source,
    String title,
    String text,
    String publishedAt,
    String language,
    Map<String, String> metadata) {

  public ArticleDraft {
    metadata = Map.copyOf(metadata);
  }

  /** A draft of just a text. */
  public static ArticleDraft ofText(String text) {
    return new ArticleDraft(null, null, null, text, null, null, Map.of());
  }

  /** This draft with another text. */
  public ArticleDraft withText(String newText) {
    return new ArticleDraft(url, source, title, newText, publishedAt, language, metadata);
  }
}
