package io.newsstream.dedup.corpus;

/**
 * A base article of the benchmark corpus.
 *
 * @param id unique in the corpus
 * @param title headline, the first line of the scraped document
 * @param text body, paragraphs one a line
 */
public record Article(String id, String title, String text) {
  /** The document as a scraper hands it over: headline, blank line, body. */
  public String document() {
    return title + "\n\n" + text;
  }
}
