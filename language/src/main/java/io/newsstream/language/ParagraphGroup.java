package io.newsstream.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paragraphs of an article that look alike to a quick look at their letters: the same script,
 * and alike in using letters outside its basic alphabet or not. In a Kazakh article that quotes
 * Russian, the Kazakh paragraphs are one group (Kazakh letters) and the Russian quotes another
 * (none), wherever they stand. Detecting one sample per group instead of every paragraph bounds the
 * work by the number of groups (at most six), however often the article switches language.
 *
 * @param text the paragraphs, in order, joined by '\n'
 * @param script the script most of their letters are in; null when they are in none of ours
 * @param letters how many letters they have: the group's weight in the article's language shares
 */
record ParagraphGroup(String text, Script script, int letters) {
  /**
   * The share of letters outside the basic alphabet above which a paragraph counts as using them.
   * Kazakh, Ukrainian, Belarusian, Mongolian and the Turkic neighbours use them for 5-15% of their
   * letters; a Russian paragraph that names Kazakh people ("Қасым-Жомарт Тоқаев") stays below 2%.
   */
  static final double EXTENDED_SHARE = 0.03;

  /**
   * Groups the paragraphs (non-blank lines) of a text, in the order the groups first appear.
   *
   * @param maxChars how much of the text to read; the rest is not looked at
   */
  static List<ParagraphGroup> of(String text, int maxChars) {
    String head = text.length() <= maxChars ? text : text.substring(0, maxChars);
    Map<Kind, StringBuilder> paragraphs = new LinkedHashMap<>();
    Map<Kind, Integer> letters = new LinkedHashMap<>();
    for (String line : head.split("\n")) {
      Profile profile = Profile.of(line);
      if (profile.letters == 0) {
        continue; // numbers, dates, rulers: no language
      }
      StringBuilder group = paragraphs.computeIfAbsent(profile.kind, k -> new StringBuilder());
      if (!group.isEmpty()) {
        group.append('\n');
      }
      group.append(line);
      letters.merge(profile.kind, profile.letters, Integer::sum);
    }
    List<ParagraphGroup> groups = new ArrayList<>(paragraphs.size());
    paragraphs.forEach((kind, joined) -> groups.add(new ParagraphGroup(joined.toString(), kind.script, letters.get(kind))));
    return groups;
  }

  /** The beginning of the group, at most maxChars long, cut after a whole word where there is one. */
  String sample(int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    String head = text.substring(0, maxChars);
    int cut = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
    return cut > maxChars / 2 ? head.substring(0, cut) : head;
  }

  /** What a paragraph's letters look like. */
  private record Kind(Script script, boolean extended) {}

  /** What a quick look at a paragraph's letters tells. */
  private record Profile(Kind kind, int letters) {
    static Profile of(String paragraph) {
      int[] inScript = new int[Script.values().length];
      int[] extendedInScript = new int[Script.values().length];
      int letters = 0;
      for (int i = 0; i < paragraph.length(); ) {
        int cp = paragraph.codePointAt(i);
        i += Character.charCount(cp);
        if (!Character.isLetter(cp)) {
          continue;
        }
        letters++;
        Script script = Script.of(cp);
        if (script != null) {
          inScript[script.ordinal()]++;
          if (script.isExtended(cp)) {
            extendedInScript[script.ordinal()]++;
          }
        }
      }
      Script main = null;
      for (Script s : Script.values()) {
        if (inScript[s.ordinal()] > 0 && (main == null || inScript[s.ordinal()] > inScript[main.ordinal()])) {
          main = s;
        }
      }
      boolean extended =
          main != null && extendedInScript[main.ordinal()] >= EXTENDED_SHARE * inScript[main.ordinal()];
      return new Profile(new Kind(main, extended), letters);
    }
  }
}
