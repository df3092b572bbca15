package io.newsstream.language;

/**
 * The writing systems of the languages we report, by their ISO 15924 codes. Kazakh is written in
 * all three: Cyrillic in Kazakhstan, the 2021 Latin alphabet in official transition texts, Arabic
 * script (tote jazu) by Kazakhs in China and Mongolia.
 */
public enum Script {
  CYRILLIC("Cyrl"),
  LATIN("Latn"),
  ARABIC("Arab");

  private final String code;

  Script(String code) {
    this.code = code;
  }

  /** The ISO 15924 code: Cyrl, Latn, Arab. */
  public String code() {
    return code;
  }

  /**
   * The script of a letter, or null for letters of other scripts. Code-point ranges rather than
   * {@link Character.UnicodeScript#of}, which costs a table search per letter of every article.
   */
  static Script of(int letter) {
    if (letter >= 0x0400 && letter <= 0x052F) {
      return CYRILLIC;
    }
    if (letter <= 0x024F) {
      return LATIN; // only called for letters: below U+0250 those are all Latin
    }
    if ((letter >= 0x0600 && letter <= 0x06FF) || (letter >= 0x0750 && letter <= 0x077F)) {
      return ARABIC;
    }
    return null;
  }

  /**
   * Whether a letter is outside the script's basic alphabet (the Russian one for Cyrillic, ASCII
   * for Latin). Such letters tell the languages of one script apart: Kazakh ә, қ, ұ; Ukrainian ї;
   * Belarusian ў; Kazakh Latin ä, ñ; Arabic has no basic alphabet here.
   */
  boolean isExtended(int letter) {
    return switch (this) {
      case CYRILLIC -> !((letter >= 0x0410 && letter <= 0x044F) || letter == 'Ё' || letter == 'ё');
      case LATIN -> letter > 'z';
      case ARABIC -> false;
    };
  }
}
