package io.newsstream.producer.publish;

/** The headers the producer puts on {@code news.raw.v1} records, readable without the registry. */
public final class RecordHeaders {
  /** The article's source (outlet or scraper), UTF-8; absent when unknown. */
  public static final String SOURCE = "source";
  /** The media type of the input the article was read from, e.g. {@code text/html}. */
  public static final String CONTENT_TYPE = "content-type";

  private RecordHeaders() {}
}
