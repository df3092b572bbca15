package io.newsstream.enrich.numerals;

import io.newsstream.enrich.tokens.Token;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digits with an ordinal suffix: Russian "19-ая", "7-я", "78-й", "25-ой", Kazakh "34-ші", "10-шы",
 * "1-інші". Bare digits are not ordinals ("5 сессий" counts sessions).
 */
final class SuffixedDigits {
  private static final Pattern ORDINAL =
      Pattern.compile(
          "(\\d{1,3})-(?:ая|я|ья|ый|ий|й|ой|ое|е|го|ого|ему|му|ому|м|ым|ом|ую|ю|х|ых"
              + "|ші|шы|інші|ыншы|нші|ншы)");

  private SuffixedDigits() {}

  static OptionalInt value(String lowerWord) {
    if (!Token.startsWithDigit(lowerWord)) {
      return OptionalInt.empty();
    }
    Matcher m = ORDINAL.matcher(lowerWord);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }
}
