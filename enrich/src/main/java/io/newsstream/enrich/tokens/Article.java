package io.newsstream.enrich.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An article as sentences: the title first (when there is one), then the text split at line breaks
 * and at sentence ends outside quotes.
 */
public final class Article {
  /** How many sentences after the title count as the lead. */
  private static final int LEAD_SENTENCES = 3;

  /** Lower-case words after which a period does not end the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("г", "гг", "им", "ул", "обл", "т", "тыс", "млн", "млрд", "проф", "пр", "р-н", "с", "п", "ж", "жж");

  private final List<Sentence> sentences;
  private final boolean hasTitle;

  private Article(List<Sentence> sentences, boolean hasTitle) {
    this.sentences = List.copyOf(sentences);
    this.hasTitle = hasTitle;
  }

  /**
   * Splits an article.
   *
   * @param title the title, or null
   * @param text the text; lines are separated by '\n'
   * @param language the article's language ("kk", "ru", ...), a hint for short sentences
   */
  public static Article of(String title, String text, String language) {
    boolean kazakh = "kk".equals(language);
    List<Sentence> sentences = new ArrayList<>();
    boolean hasTitle = title != null && !title.isBlank();
    if (hasTitle) {
      sentences.add(new Sentence(Tokenizer.tokenize(title), 0, true, kazakh));
    }
    for (String line : text.split("\\R")) {
      for (List<Token> tokens : split(Tokenizer.tokenize(line))) {
        sentences.add(new Sentence(tokens, sentences.size(), false, kazakh));
      }
    }
    return new Article(sentences, hasTitle);
  }

  /** All sentences, the title first. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** Whether the sentence is the title or one of the first sentences of the text. */
  public boolean isHeadline(Sentence sentence) {
    return sentence.index() < LEAD_SENTENCES + (hasTitle ? 1 : 0);
  }

  private static List<List<Token>> split(List<Token> line) {
    List<List<Token>> out = new ArrayList<>();
    int start = 0;
    int quoteDepth = 0;
    boolean straightOpen = false;
    for (int i = 0; i < line.size(); i++) {
      Token t = line.get(i);
      if (t.isPunct("«“„")) {
        quoteDepth++;
      } else if (t.isPunct("»”")) {
        quoteDepth = Math.max(0, quoteDepth - 1);
      } else if (t.isPunct("\"")) {
        straightOpen = !straightOpen;
      } else if (t.isPunct(".!?…") && quoteDepth == 0 && !straightOpen && endsSentence(line, i)) {
        out.add(line.subList(start, i + 1));
        start = i + 1;
      }
    }
    if (start < line.size()) {
      out.add(line.subList(start, line.size()));
    }
    return out;
  }

  private static boolean endsSentence(List<Token> line, int i) {
    if (i + 1 >= line.size()) {
      return false; // the line ends anyway
    }
    Token next = line.get(i + 1);
    if (!(next.startsUpper() || Character.isDigit(next.text().charAt(0)) || next.isPunct("«\"—–-"))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    Token before = line.get(i - 1);
    boolean initial = before.text().length() == 1 && before.startsUpper(); // "Е. Сапаров"
    boolean numericDate = Character.isDigit(before.text().charAt(0)) && Character.isDigit(next.text().charAt(0));
    return !initial && !numericDate && !ABBREVIATIONS.contains(before.lower());
  }
}
