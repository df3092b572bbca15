package io.newsstream.enrich.numerals;

import io.newsstream.enrich.tokens.Article;
import io.newsstream.enrich.tokens.Sentence;
import io.newsstream.text.RomanNumerals;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Finds the ordinal numbers of a sentence, whatever their form. */
public final class Numerals {
  private Numerals() {}

  /** Every ordinal in the sentence, in order; a compound of words is one numeral. */
  public static List<Numeral> find(Sentence sentence) {
    List<Numeral> found = new ArrayList<>();
    int i = 0;
    while (i < sentence.size()) {
      Numeral numeral = at(sentence, i);
      if (numeral != null) {
        found.add(numeral);
        i = numeral.last() + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  /** The value of a text that is exactly one ordinal ("ХХІҮ", "отыз төртінші"); empty otherwise. */
  public static OptionalInt value(String text) {
    Sentence sentence = Article.of(null, text, "").sentences().get(0);
    List<Numeral> found = find(sentence);
    boolean whole = found.size() == 1 && found.get(0).first() == 0 && found.get(0).last() == sentence.size() - 1;
    return whole ? OptionalInt.of(found.get(0).value()) : OptionalInt.empty();
  }

  private static Numeral at(Sentence s, int i) {
    String lower = s.lower(i);
    OptionalInt tens = OrdinalWords.tens(lower, s.isKazakh());
    if (tens.isPresent()) {
      OptionalInt unit = OrdinalWords.ordinal(s.lower(i + 1));
      if (unit.isPresent() && unit.getAsInt() < 10) {
        return new Numeral(tens.getAsInt() + unit.getAsInt(), i, i + 1, true);
      }
      return null; // a cardinal alone counts, it does not number
    }
    OptionalInt value = RomanNumerals.wordValue(s.token(i).text());
    if (value.isEmpty()) {
      value = SuffixedDigits.value(lower);
    }
    if (value.isPresent()) {
      return new Numeral(value.getAsInt(), i, i, false);
    }
    value = OrdinalWords.ordinal(lower);
    return value.isPresent() ? new Numeral(value.getAsInt(), i, i, true) : null;
  }
}
