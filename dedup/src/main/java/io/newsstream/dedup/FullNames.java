package io.newsstream.dedup;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The people a text names in full, with a patronymic ("Скляра Романа Васильевича", "Қасым-Жомарт
 * Кемелұлы"), as keys that stay the same through case endings and word order: the given name's
 * stem and the patronymic's, which comes right after it in every order in use.
 *
 * <p>Why dedup reads names at all: official texts (decrees of appointment and resignation) repeat
 * one wording with another person's name in it, so two different events share most of their text.
 * A reprint names the same people; two texts that each name someone in full and share no one are
 * not one story. Written here because the enrichment's people finder needs its gazetteer and
 * morphology; a patronymic alone is a sure sign of a full name.
 */
public final class FullNames {
  /** At most this many names are kept: a list of participants needs no more to be told apart. */
  public static final int MAX = 16;

  // Russian patronymics in any case (-ович, -евич, -ич; -овна, -евна, -ична, -инична) and Kazakh
  // ones (-ұлы, -қызы, also spelt -улы, -кызы), with the case endings they take.
  private static final Pattern PATRONYMIC = Pattern.compile(
      "\\p{Lu}\\p{Ll}+(?:(?:вич|ич)(?:а|у|ем|е)?|(?:вн|ичн)(?:а|ы|е|у|ой)|(?:ұлы|улы|қызы|кызы)\\p{Ll}*)");
  private static final int STEM = 4;

  private FullNames() {}

  /**
   * The keys of the full names in {@code text}, distinct and ascending, at most {@link #MAX}. Scanned
   * by hand, not by a regular expression over every word: this runs on every article, and only a
   * capitalised word right after another (spaces between) is looked at further.
   */
  public static int[] of(String text) {
    TreeSet<Integer> keys = new TreeSet<>();
    int previousStart = -1;
    int previousEnd = -1;
    for (int i = 0; i < text.length() && keys.size() < MAX; i++) {
      if (!Character.isUpperCase(text.charAt(i)) || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
        continue;
      }
      int start = i;
      int end = wordEnd(text, start);
      i = end - 1;
      if (!isName(text, start, end)) {
        continue;
      }
      if (previousStart >= 0 && text.substring(previousEnd, start).isBlank()) {
        String word = text.substring(start, end);
        if (PATRONYMIC.matcher(word).matches()) {
          keys.add((stem(text.substring(previousStart, previousEnd)) + ' ' + stem(word)).hashCode());
        }
      }
      previousStart = start;
      previousEnd = end;
    }
    return keys.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The end of the word at {@code start}: letters, and hyphens between letters ("Қасым-Жомарт"). */
  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length() && (Character.isLetter(text.charAt(i))
        || (text.charAt(i) == '-' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))))) {
      i++;
    }
    return i;
  }

  /** Whether two sorted key sets, both known, name no one in common. */
  static boolean disjoint(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    for (int key : a) {
      if (Arrays.binarySearch(b, key) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word, not one in capitals ("ПОСТАНОВЛЯЮ"). */
  private static boolean isName(String text, int start, int end) {
    return end - start > 1 && Character.isUpperCase(text.charAt(start)) && Character.isLowerCase(text.charAt(start + 1));
  }

  private static String stem(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.length() <= STEM ? lower : lower.substring(0, STEM);
  }
}
