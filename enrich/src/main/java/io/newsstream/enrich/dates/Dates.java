package io.newsstream.enrich.dates;

import io.newsstream.enrich.tokens.Article;
import io.newsstream.enrich.tokens.Sentence;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Finds event dates and publication datelines. Stateless and thread-safe. */
public final class Dates {
  /** A dateline is a short line near the top: "01 Июля, 2021", "Актобе, 14 апреля 2016 года". */
  private static final int DATELINE_MAX_TOKENS = 8;
  private static final int DATELINE_MAX_SENTENCE = 8; // site chrome (rates, views, the site's name) may come first

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

  /** "12 Мая 2018, 10:20", "29.04.2019 в 15:13", "26.03.2014г. в 20:30": a time right after the date. */
  private static boolean timeAfter(Sentence s, int k) {
    while (Set.of(",", ".", "в", "|", "—", "-").contains(s.lower(k))) {
      k++;
    }
    return s.lower(k).matches("\\d{1,2}") && s.lower(k + 1).equals(":") && s.lower(k + 2).matches("\\d{2}");
  }

  /**
   * The publication date a site printed above the text, when the caller knows none: among the first
   * lines of the text, a short line with a full date ("Актобе, 14 апреля 2016 года"), or a line that
   * starts with one and the time ("12 Мая 2018, 10:20 Фото: ...", "3 Қазан 2023, 09:15"); else null.
   */
  public static LocalDate dateline(Article article) {
    List<Sentence> sentences = article.sentences();
    for (Sentence s : sentences.subList(0, Math.min(DATELINE_MAX_SENTENCE, sentences.size()))) {
      if (s.isTitle()) {
        continue;
      }
      for (DateExpression e : DateExpressions.find(s)) {
        boolean placed = s.size() <= DATELINE_MAX_TOKENS || e.at() == 0 && timeAfter(s, e.end() + 1);
        if (placed && e instanceof DateExpression.Calendar c && c.year() != null) {
          return c.resolve(null);
        }
      }
    }
    return null;
  }
}
