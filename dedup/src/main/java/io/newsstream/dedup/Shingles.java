package io.newsstream.dedup;

import io.newsstream.text.Fingerprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The distinct word shingles (runs of k consecutive words) of a text, as sorted 64-bit hashes.
 * Sorting, not a hash set, makes the result independent of any iteration order.
 */
final class Shingles {
  private Shingles() {}

  /**
   * @param cleanedText a text as {@code TextCleaner} leaves it; normalised here to lower-case words
   * @param words the shingle size k; a text of fewer words is one shingle of all its words, so a
   *     short text still has a sketch
   */
  static long[] of(String cleanedText, int words, long seed) {
    String normalised = Fingerprint.normalise(cleanedText);
    if (normalised.isEmpty()) {
      return new long[0];
    }
    String[] tokens = normalised.split(" ");
    long[] wordHashes = new long[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      wordHashes[i] = Hash64.ofWord(tokens[i], seed);
    }
    int k = Math.min(words, tokens.length);
    long[] shingles = new long[tokens.length - k + 1];
    for (int start = 0; start < shingles.length; start++) {
      long h = seed;
      for (int j = start; j < start + k; j++) {
        h = Hash64.combine(h, wordHashes[j]);
      }
      shingles[start] = h;
    }
    return distinct(shingles);
  }

  /**
   * The article's core: its {@link #paragraphs} without a headline, without the short ones, the
   * background ones and the enumerations, and without the first and the last (unless the last is
   * cut off mid-sentence); when fewer than three paragraphs are left, the same with its sentences;
   * when fewer than three sentences are left, what is left (the whole text if nothing is).
   *
   * <p>Why: a site puts its own headline and lead in front of a reprint, and its sign-off,
   * background paragraph ("the Assembly was founded in 1995"), participant list, tags or "read also"
   * links after it, while the reprinted story sits in the middle. Two different stories that share
   * only such an edge passage share little of their cores. Short paragraphs (under {@value
   * #MIN_CORE_WORDS} words) are headlines, bylines and chrome wherever they stand; background
   * paragraphs open with one of the conventional {@link #BACKGROUND_OPENERS} and are the
   * boilerplate that different stories of one assembly repeat. Enumerations (participants and
   * their roles, a decree's points) go with them wherever they stand.
   */
  static String core(String cleanedText) {
    List<String> paragraphs = storyUnits(withoutHeadline(paragraphs(cleanedText)));
    if (paragraphs.size() >= 3) {
      // A last paragraph cut off mid-sentence (a page start, an excerpt) is the story going on, not a sign-off.
      boolean cutShort = !endsSentence(paragraphs.get(paragraphs.size() - 1));
      return String.join("\n", paragraphs.subList(1, paragraphs.size() - (cutShort ? 0 : 1)));
    }
    List<String> sentences = storyUnits(nonBlank(SENTENCE_END.split(String.join("\n", paragraphs))));
    if (sentences.size() >= 3) {
      return String.join("\n", sentences.subList(1, sentences.size() - 1));
    }
    return sentences.isEmpty() ? cleanedText : String.join("\n", sentences);
  }

  /** Paragraphs and sentences of fewer words are headlines, bylines or chrome, never the story's core. */
  static final int MIN_CORE_WORDS = 8;

  /**
   * How Russian and Kazakh news paragraphs of background or sign-off begin (normalised words):
   * "Напомним, ...", "Ранее сообщалось ...", "Еске сала кетейік, ...", "Материал подготовлен ...".
   */
  static final List<String> BACKGROUND_OPENERS = List.of(
      "напомним", "напомню", "ранее", "как сообщалось", "отметим", "материал", "источник", "читайте также",
      "еске сала", "еске салайық", "естеріңізге сала", "айта кетейік", "бұған дейін", "дереккөз");

  /** Without the first paragraph if it is a headline: one that does not end a sentence. */
  private static List<String> withoutHeadline(List<String> paragraphs) {
    boolean headline = !paragraphs.isEmpty() && !endsSentence(paragraphs.get(0));
    return headline ? paragraphs.subList(1, paragraphs.size()) : paragraphs;
  }

  private static boolean endsSentence(CharSequence text) {
    return text.length() > 0 && PARAGRAPH_END.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static List<String> storyUnits(List<String> units) {
    List<String> story = new ArrayList<>();
    boolean inEnumeration = false;
    for (String unit : units) {
      int semicolons = semicolons(unit);
      inEnumeration = semicolons >= 2 || (inEnumeration && semicolons == 1);
      if (!inEnumeration && !isShortOrBackground(Fingerprint.normalise(unit))) {
        story.add(unit);
      }
    }
    return story;
  }

  /**
   * An enumeration (a list of people and their roles, a decree's points) has two or more
   * semicolons; the lines of a wrapped one have two or three entries each, and its last line may
   * have one. Different stories of one session carry the same participant list.
   */
  private static int semicolons(String unit) {
    return (int) unit.chars().filter(c -> c == ';').count();
  }

  private static boolean isShortOrBackground(String words) {
    if (words.split(" ").length < MIN_CORE_WORDS) {
      return true;
    }
    for (String opener : BACKGROUND_OPENERS) {
      if (words.startsWith(opener) && (words.length() == opener.length() || words.charAt(opener.length()) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text's paragraphs: its lines, where a line that does not end a sentence (no closing
   * punctuation) runs on into the next one when that starts in lower case and no blank line is
   * between them, since a scraper or a site wraps long paragraphs into lines; a headline or a chrome
   * line is followed by a capital.
   */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : BLANK_LINE.split(text)) {
      StringBuilder current = null;
      for (String line : block.split("\n")) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
          continue;
        }
        if (current != null && !endsSentence(current) && Character.isLowerCase(stripped.codePointAt(0))) {
          current.append(' ').append(stripped);
        } else {
          if (current != null) {
            paragraphs.add(current.toString());
          }
          current = new StringBuilder(stripped);
        }
      }
      if (current != null) {
        paragraphs.add(current.toString());
      }
    }
    return paragraphs;
  }

  private static final String PARAGRAPH_END = ".!?…\"»)";
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

  /**
   * A sentence ends with . ! ? or …, perhaps a closing quote or bracket, then space before a capital,
   * digit, opening quote or dash. A regular expression rather than {@code BreakIterator}, whose rules
   * may change with the JDK: the core must be the same text on every JVM.
   */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"»)]?)\\s+(?=[\\p{Lu}\\p{N}«\"—–-])");

  private static List<String> nonBlank(String[] units) {
    return Arrays.stream(units).filter(u -> !u.isBlank()).toList();
  }

  private static long[] distinct(long[] hashes) {
    Arrays.sort(hashes);
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (n == 0 || hashes[i] != hashes[n - 1]) {
        hashes[n++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, n);
  }
}
