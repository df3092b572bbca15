package io.newsstream.dedup.variants;

import io.newsstream.dedup.variants.Variant.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes near-duplicate variants of an article, for measuring the detector and for test data.
 * Deterministic: the same article and seed give the same variants on every JVM
 * ({@link java.util.Random}'s algorithm is fixed by its specification).
 */
public final class Variants {
  private Variants() {}

  /** One variant of each {@link Kind}, in the order of the enum. */
  public static List<Variant> variantsOf(String title, String text, long seed) {
    List<Variant> variants = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      variants.add(variantOf(kind, title, text, seed));
    }
    return variants;
  }

  /** The variant of one kind; each kind draws from its own random sequence, so kinds do not shift each other. */
  public static Variant variantOf(Kind kind, String title, String text, long seed) {
    Random random = new Random(seed * 31 + kind.ordinal());
    Language language = Language.of(title + " " + text);
    List<String> paragraphs = Edits.paragraphs(text);
    return switch (kind) {
      case REFLOWED -> new Variant(kind, title, Edits.reflow(paragraphs, random));
      case CHROME_ADDED -> new Variant(kind, title, Edits.join(Chrome.add(paragraphs, language, random)));
      case CHROME_REMOVED -> new Variant(kind, title, Edits.join(Chrome.remove(paragraphs)));
      case TITLE_CHANGED -> new Variant(kind, Headlines.retitle(title, language, random), text);
      case TRUNCATED -> new Variant(kind, title, Edits.join(Edits.truncate(paragraphs, 0.05, 0.20, random)));
      case PARAGRAPH_ADDED -> new Variant(kind, title, Edits.join(Edits.addParagraph(paragraphs, language, random)));
      case LOOKALIKE_NUMERALS -> new Variant(kind, LookAlikes.swap(title), LookAlikes.swap(text));
      case COMBINED -> {
        List<String> cut = Edits.truncate(paragraphs, 0.0, 0.10, random);
        List<String> framed = Chrome.add(cut.stream().map(LookAlikes::swap).toList(), language, random);
        yield new Variant(kind, LookAlikes.swap(Headlines.retitle(title, language, random)), Edits.reflow(framed, random));
      }
    };
  }

  /** Kazakh when the text has a letter only Kazakh uses; the banks of chrome and headlines differ. */
  enum Language {
    RU,
    KK;

    static Language of(String text) {
      return text.chars().anyMatch(c -> "әғқңөұһӘҒҚҢӨҰҺ".indexOf(c) >= 0) ? KK : RU;
    }
  }

  /** Picks one of the options. */
  static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  /** Picks one of the options for the language: the first array is Russian, the second Kazakh. */
  static String pick(Random random, Language language, String[] russian, String[] kazakh) {
    return pick(random, language == Language.KK ? kazakh : russian);
  }

  static List<String> words(String paragraph) {
    return Arrays.asList(paragraph.trim().split("\\s+"));
  }
}
