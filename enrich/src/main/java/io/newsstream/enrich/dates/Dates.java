package io.newsstream.enrich.dates;

import io.newsstream.enrich.tokens.Article;
import io.newsstream.enrich.tokens.Sentence;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Finds event dates and publication datelines. Stateless and thread-safe. */
public final class Dates {
  /** A dateline is a short line near the top: "01 Июля, 2021", "Актобе, 14 апреля 2016 года". */
  private static final int DATELINE_MAX_TOKENS = 8;
  private static final int DATELINE_MAX_SENTENCE = 5;

  private Dates() {}

  /**
   * The date a sentence gives for what happens at a token: the date expression nearest to it,
   * resolved against the reference date; null when the sentence states none or it cannot be resolved.
   *
   * @param near index of the token the date should belong to (the session's)
   * @param reference the publication date, or null
   */
  public static LocalDate near(Sentence sentence, int near, LocalDate reference) {
    return DateExpressions.find(sentence).stream()
        .min(Comparator.comparingInt(e -> e.distance(near)))
        .map(e -> e.resolve(reference))
        .orElse(null);
  }

  /**
   * The publication date a site printed above the text, when the caller knows none: a short line
   * with a full date among the first lines of the text; else null.
   */
  public static LocalDate dateline(Article article) {
    List<Sentence> sentences = article.sentences();
    for (Sentence s : sentences.subList(0, Math.min(DATELINE_MAX_SENTENCE, sentences.size()))) {
      if (s.isTitle() || s.size() > DATELINE_MAX_TOKENS) {
        continue;
      }
      for (DateExpression e : DateExpressions.find(s)) {
        if (e instanceof DateExpression.Calendar c && c.year() != null) {
          return c.resolve(null);
        }
      }
    }
    return null;
  }
}
