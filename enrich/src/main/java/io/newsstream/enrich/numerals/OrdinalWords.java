package io.newsstream.enrich.numerals;

import io.newsstream.enrich.morphology.RussianEndings;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Ordinal numbers written as words, 1 to 99: Russian ("двадцать девятая", "тридцать четвёртой") and
 * Kazakh ("отыз төртінші", "жиырма жетінші"). Compounds are a cardinal ten followed by an ordinal.
 */
final class OrdinalWords {
  /** Stems of Russian ordinals; the adjective ending follows. */
  private static final Map<String, Integer> RUSSIAN_ORDINAL_STEMS =
      Map.ofEntries(
          Map.entry("перв", 1), Map.entry("втор", 2), Map.entry("четверт", 4), Map.entry("четвёрт", 4),
          Map.entry("пят", 5), Map.entry("шест", 6), Map.entry("седьм", 7), Map.entry("восьм", 8),
          Map.entry("девят", 9), Map.entry("десят", 10), Map.entry("одиннадцат", 11),
          Map.entry("двенадцат", 12), Map.entry("тринадцат", 13), Map.entry("четырнадцат", 14),
          Map.entry("пятнадцат", 15), Map.entry("шестнадцат", 16), Map.entry("семнадцат", 17),
          Map.entry("восемнадцат", 18), Map.entry("девятнадцат", 19), Map.entry("двадцат", 20),
          Map.entry("тридцат", 30), Map.entry("сороков", 40), Map.entry("пятидесят", 50),
          Map.entry("шестидесят", 60), Map.entry("семидесят", 70), Map.entry("восьмидесят", 80),
          Map.entry("девяност", 90));

  /** "Третий" declines with a soft sign: третья, третьей, третьего. */
  private static final Set<String> THIRD =
      Set.of("третий", "третья", "третье", "третьего", "третьей", "третьему", "третьим", "третьем",
          "третью", "третьи", "третьих");

  private static final Map<String, Integer> RUSSIAN_TENS =
      Map.of("двадцать", 20, "тридцать", 30, "сорок", 40, "пятьдесят", 50, "шестьдесят", 60,
          "семьдесят", 70, "восемьдесят", 80, "девяносто", 90);

  private static final Map<String, Integer> KAZAKH_CARDINALS =
      Map.ofEntries(
          Map.entry("бір", 1), Map.entry("екі", 2), Map.entry("үш", 3), Map.entry("төрт", 4),
          Map.entry("бес", 5), Map.entry("алты", 6), Map.entry("жеті", 7), Map.entry("сегіз", 8),
          Map.entry("тоғыз", 9), Map.entry("он", 10), Map.entry("жиырма", 20), Map.entry("отыз", 30),
          Map.entry("қырық", 40), Map.entry("елу", 50), Map.entry("алпыс", 60), Map.entry("жетпіс", 70),
          Map.entry("сексен", 80), Map.entry("тоқсан", 90));

  /** Stems that change before the ordinal suffix: қырық → қырқыншы, жиырма → жиырмасыншы. */
  private static final Map<String, Integer> KAZAKH_ORDINAL_STEMS = Map.of("қырқ", 40, "жиырмас", 20);

  private static final String[] KAZAKH_SUFFIXES = {"ыншы", "інші", "ншы", "нші"};

  private OrdinalWords() {}

  /** The value of one ordinal word ("девятая", "төртінші"); empty if it is none. */
  static OptionalInt ordinal(String lower) {
    if (THIRD.contains(lower)) {
      return OptionalInt.of(3);
    }
    for (Map.Entry<String, Integer> stem : RUSSIAN_ORDINAL_STEMS.entrySet()) {
      if (lower.startsWith(stem.getKey())
          && RussianEndings.isAdjective(lower.substring(stem.getKey().length()))) {
        return OptionalInt.of(stem.getValue());
      }
    }
    for (String suffix : KAZAKH_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        String stem = lower.substring(0, lower.length() - suffix.length());
        Integer value = KAZAKH_CARDINALS.getOrDefault(stem, KAZAKH_ORDINAL_STEMS.get(stem));
        if (value != null) {
          return OptionalInt.of(value);
        }
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The value of a cardinal ten that can start a compound ordinal ("двадцать", "отыз"); else empty.
   * Kazakh tens count only in Kazakh sentences: Kazakh "он" (ten) is Russian "он" (he).
   */
  static OptionalInt tens(String lower, boolean kazakh) {
    Integer value = RUSSIAN_TENS.get(lower);
    if (value == null && kazakh) {
      Integer cardinal = KAZAKH_CARDINALS.get(lower);
      value = cardinal != null && cardinal % 10 == 0 ? cardinal : null;
    }
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
