package io.newsstream.enrich.tokens;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * One sentence of an article: its tokens, where it stands and which grammar it follows. Kazakh
 * puts owners and places before the noun they qualify, Russian after it, so the readers of
 * sessions and names need to know which language a sentence is in, whatever the article's is.
 */
public final class Sentence {
  /** Letters Kazakh has and Russian has not. */
  private static final String KAZAKH_LETTERS = "әғқңөұүһі";

  private final List<Token> tokens;
  private final int index;
  private final boolean title;
  private final boolean kazakh;
  private final int[] quotePartner;

  Sentence(List<Token> tokens, int index, boolean title, boolean kazakhArticle) {
    this.tokens = List.copyOf(tokens);
    this.index = index;
    this.title = title;
    this.quotePartner = pairQuotes(this.tokens);
    this.kazakh = isKazakh(this.tokens, quotePartner, kazakhArticle);
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The token's lower-case text, or "" outside the sentence: lets look-arounds skip bounds checks. */
  public String lower(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
  }

  /** Position in the article; the title, when there is one, is 0. */
  public int index() {
    return index;
  }

  public boolean isTitle() {
    return title;
  }

  /** Whether the sentence follows Kazakh grammar. */
  public boolean isKazakh() {
    return kazakh;
  }

  /** The index of the quote that closes or opens the quote at {@code i}, or -1. */
  public int quotePartner(int i) {
    return quotePartner[i];
  }

  /** The words between two indices, inclusive, joined by spaces. */
  public String text(int first, int last) {
    StringBuilder out = new StringBuilder();
    for (int i = first; i <= last; i++) {
      Token t = tokens.get(i);
      boolean glue = out.length() == 0 || !t.isWord() && !t.isPunct("—–«\"(");
      out.append(glue ? "" : " ").append(t.text());
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text(0, tokens.size() - 1);
  }

  /**
   * Quoted words (a theme, a title) do not decide: «Ел бақыты» in a Russian sentence is still Russian
   * grammar; a sentence that is all quote is judged by the quote.
   */
  private static boolean isKazakh(List<Token> tokens, int[] quotePartner, boolean kazakhArticle) {
    int[] none = new int[tokens.size()];
    Arrays.fill(none, -1);
    boolean outsideQuotes = tokens.stream().anyMatch(Token::isWord) && hasWordOutsideQuotes(tokens, quotePartner);
    return isKazakhCounting(tokens, outsideQuotes ? quotePartner : none, kazakhArticle);
  }

  private static boolean hasWordOutsideQuotes(List<Token> tokens, int[] quotePartner) {
    for (int i = 0; i < tokens.size(); i++) {
      if (quotePartner[i] > i) {
        i = quotePartner[i];
      } else if (tokens.get(i).isWord()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKazakhCounting(List<Token> tokens, int[] quotePartner, boolean kazakhArticle) {
    int words = 0;
    int kazakhWords = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (quotePartner[i] > i) {
        i = quotePartner[i];
        continue;
      }
      Token t = tokens.get(i);
      if (t.isWord()) {
        words++;
        if (t.lower().chars().anyMatch(c -> KAZAKH_LETTERS.indexOf(c) >= 0)) {
          kazakhWords++;
        }
      }
    }
    // A few Kazakh names in a Russian sentence are not Kazakh grammar; the article's language
    // decides when the sentence itself is too short to tell.
    double share = words == 0 ? 0 : (double) kazakhWords / words;
    return share >= 0.2 || kazakhArticle && (share > 0 || words < 4);
  }

  /** «» nest; a straight " alternates between opening and closing. */
  private static int[] pairQuotes(List<Token> tokens) {
    int[] partner = new int[tokens.size()];
    Arrays.fill(partner, -1);
    Deque<Integer> open = new ArrayDeque<>();
    int straight = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      if (t.equals("«") || t.equals("“") || t.equals("„")) {
        open.push(i);
      } else if ((t.equals("»") || t.equals("”")) && !open.isEmpty()) {
        int o = open.pop();
        partner[o] = i;
        partner[i] = o;
      } else if (t.equals("\"")) {
        if (straight < 0) {
          straight = i;
        } else {
          partner[straight] = i;
          partner[i] = straight;
          straight = -1;
        }
      }
    }
    return partner;
  }
}
