package io.newsstream.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kazakh written in Latin or Arabic script, read back to Cyrillic: the enricher reads one script,
 * and no language detector we have was trained on Kazakh in the other two. Hand-written: ICU's transliterators know neither the official Latin alphabets of
 * 2017 (apostrophes: a', g', s'), 2018 (acutes: á, ǵ, ń, ý) and 2021 (ä, ğ, ñ, ş, ū) nor the
 * Arabic script of Kazakh sites ("تٴوتە جازۋ"), and the way back to Cyrillic is ours to choose
 * (Roman numerals stay Latin, "ıa" is "я").
 */
public final class KazakhScripts {
  /** How a text is written: Cyrillic stands for anything that is not Kazakh in another script. */
  public enum Alphabet { CYRILLIC, LATIN_2017, LATIN_2018, LATIN_2021, ARABIC }

  /** Share of letters a script must have for a text to be written in it. */
  private static final double MAJORITY = 0.6;
  /** Kazakh writes "қ" often; the Latin alphabets all spell it "q", which English and Turkish lack. */
  private static final double MIN_Q_SHARE = 0.008;

  private static final String LATIN_2018_MARKS = "áǵńóúýÁǴŃÓÚÝ";
  private static final String LATIN_2021_MARKS = "äçğǧñŋöüūşÄÇĞǦÑŊÖÜŪŞ";
  /**
   * Azerbaijani's letter, which Kazakh never uses; Azerbaijani writes q too. (Turkish writes no q;
   * ç is Kazakh 2021's ч: "çempionat".)
   */
  private static final String NOT_KAZAKH = "əƏ";
  private static final String ARABIC_KAZAKH_MARKS = "ڭۇۋەٴ";
  /** Uyghur's own letters: Uyghur shares ە and ۇ with Kazakh's Arabic script, but Kazakh has none of these. */
  private static final String UYGHUR = "ېۈئ";
  private static final Pattern APOSTROPHE_LETTER = Pattern.compile("[aAgGnNoOuUyYiIsScC]['’]");
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");

  private static final Map<String, String> LATIN_2018 = Map.ofEntries(
      Map.entry("sh", "ш"), Map.entry("ch", "ч"), Map.entry("ıa", "я"), Map.entry("ıý", "ю"),
      Map.entry("a", "а"), Map.entry("á", "ә"), Map.entry("b", "б"), Map.entry("c", "ц"), Map.entry("d", "д"),
      Map.entry("e", "е"), Map.entry("f", "ф"), Map.entry("g", "г"), Map.entry("ǵ", "ғ"), Map.entry("h", "х"),
      Map.entry("i", "і"), Map.entry("ı", "и"), Map.entry("j", "ж"), Map.entry("k", "к"), Map.entry("l", "л"),
      Map.entry("m", "м"), Map.entry("n", "н"), Map.entry("ń", "ң"), Map.entry("o", "о"), Map.entry("ó", "ө"),
      Map.entry("p", "п"), Map.entry("q", "қ"), Map.entry("r", "р"), Map.entry("s", "с"), Map.entry("t", "т"),
      Map.entry("u", "ұ"), Map.entry("ú", "ү"), Map.entry("v", "в"), Map.entry("w", "у"), Map.entry("x", "х"),
      Map.entry("y", "ы"), Map.entry("ý", "у"), Map.entry("z", "з"));

  private static final Map<String, String> LATIN_2021 = Map.ofEntries(
      Map.entry("ch", "ч"), Map.entry("ia", "я"), Map.entry("iu", "ю"),
      Map.entry("a", "а"), Map.entry("ä", "ә"), Map.entry("b", "б"), Map.entry("c", "ц"), Map.entry("ç", "ч"),
      Map.entry("d", "д"), Map.entry("e", "е"), Map.entry("f", "ф"), Map.entry("g", "г"), Map.entry("ğ", "ғ"),
      Map.entry("ǧ", "ғ"), Map.entry("h", "х"), Map.entry("ı", "і"), Map.entry("i", "и"), Map.entry("j", "ж"),
      Map.entry("k", "к"), Map.entry("l", "л"), Map.entry("m", "м"), Map.entry("n", "н"), Map.entry("ñ", "ң"),
      Map.entry("ŋ", "ң"), Map.entry("o", "о"), Map.entry("ö", "ө"), Map.entry("p", "п"), Map.entry("q", "қ"),
      Map.entry("r", "р"), Map.entry("s", "с"), Map.entry("ş", "ш"), Map.entry("t", "т"), Map.entry("u", "у"),
      Map.entry("ū", "ұ"), Map.entry("ü", "ү"), Map.entry("v", "в"), Map.entry("w", "у"), Map.entry("x", "х"),
      Map.entry("y", "ы"), Map.entry("z", "з"));

  private static final Map<String, String> LATIN_2017 = Map.ofEntries(
      Map.entry("a'", "ә"), Map.entry("g'", "ғ"), Map.entry("n'", "ң"), Map.entry("o'", "ө"), Map.entry("u'", "ү"),
      Map.entry("y'", "ұ"), Map.entry("i'", "и"), Map.entry("s'", "ш"), Map.entry("c'", "ч"), Map.entry("sh", "ш"),
      Map.entry("ch", "ч"), Map.entry("i'a", "я"), Map.entry("ia", "я"),
      Map.entry("a", "а"), Map.entry("b", "б"), Map.entry("c", "ц"), Map.entry("d", "д"), Map.entry("e", "е"),
      Map.entry("f", "ф"), Map.entry("g", "г"), Map.entry("h", "х"), Map.entry("i", "і"), Map.entry("j", "ж"),
      Map.entry("k", "к"), Map.entry("l", "л"), Map.entry("m", "м"), Map.entry("n", "н"), Map.entry("o", "о"),
      Map.entry("p", "п"), Map.entry("q", "қ"), Map.entry("r", "р"), Map.entry("s", "с"), Map.entry("t", "т"),
      Map.entry("u", "у"), Map.entry("v", "в"), Map.entry("w", "у"), Map.entry("x", "х"), Map.entry("y", "ы"),
      Map.entry("z", "з"));

  private static final Map<Character, String> ARABIC = Map.ofEntries(
      Map.entry('ا', "а"), Map.entry('ە', "е"), Map.entry('و', "о"), Map.entry('ۇ', "ұ"), Map.entry('ى', "ы"),
      Map.entry('ي', "и"), Map.entry('ی', "и"), Map.entry('ۋ', "у"), Map.entry('ب', "б"), Map.entry('پ', "п"), Map.entry('ت', "т"),
      Map.entry('ج', "ж"), Map.entry('چ', "ч"), Map.entry('ح', "х"), Map.entry('د', "д"), Map.entry('ر', "р"),
      Map.entry('ز', "з"), Map.entry('س', "с"), Map.entry('ش', "ш"), Map.entry('ع', "ғ"), Map.entry('ف', "ф"),
      Map.entry('ق', "қ"), Map.entry('ك', "к"), Map.entry('ک', "к"), Map.entry('گ', "г"), Map.entry('ڭ', "ң"), Map.entry('ل', "л"),
      Map.entry('م', "м"), Map.entry('ن', "н"), Map.entry('ھ', "һ"), Map.entry('ه', "һ"), Map.entry('ۆ', "в"),
      Map.entry('،', ","), Map.entry('؛', ";"), Map.entry('؟', "?"));
  /** Front vowels a hamza or a front consonant (к, г) gives a word's back letters. */
  private static final Map<String, String> FRONT = Map.of("а", "ә", "о", "ө", "ұ", "ү", "ы", "і");
  private static final String CYRILLIC_VOWELS = "аәеёиоөуұүыіэюя";

  private KazakhScripts() {}

  /** The script a text is written in; Cyrillic for anything that is not Kazakh in another script. */
  public static Alphabet detect(String text) {
    int cyrillic = 0;
    int latin = 0;
    int arabic = 0;
    int q = 0;
    int marks2018 = 0;
    int marks2021 = 0;
    int arabicMarks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      // plain ranges, not Character.UnicodeScript: this runs over every article
      if (c >= '\u0400' && c <= '\u052f') {
        cyrillic++;
      } else if (c >= '\u0600' && c <= '\u06ff') {
        if (UYGHUR.indexOf(c) >= 0) {
          return Alphabet.CYRILLIC;
        }
        arabic++;
        arabicMarks += ARABIC_KAZAKH_MARKS.indexOf(c) >= 0 ? 1 : 0;
      } else if (c < '\u0250') {
        if (NOT_KAZAKH.indexOf(c) >= 0) {
          return Alphabet.CYRILLIC;
        }
        latin++;
        q += c == 'q' || c == 'Q' ? 1 : 0;
        marks2018 += LATIN_2018_MARKS.indexOf(c) >= 0 ? 1 : 0;
        marks2021 += LATIN_2021_MARKS.indexOf(c) >= 0 ? 1 : 0;
      }
    }
    int letters = cyrillic + latin + arabic;
    if (letters == 0) {
      return Alphabet.CYRILLIC;
    }
    if (arabic > MAJORITY * letters && arabicMarks > 0) {
      return Alphabet.ARABIC;
    }
    if (latin <= MAJORITY * letters || q < MIN_Q_SHARE * latin) {
      return Alphabet.CYRILLIC;
    }
    int apostrophes = 0;
    for (Matcher m = APOSTROPHE_LETTER.matcher(text); m.find(); ) {
      apostrophes++;
    }
    if (marks2018 == 0 && marks2021 == 0) {
      return apostrophes > 0 ? Alphabet.LATIN_2017 : Alphabet.CYRILLIC;
    }
    return marks2018 >= marks2021 ? Alphabet.LATIN_2018 : Alphabet.LATIN_2021;
  }

  /** The text in Cyrillic if it is Kazakh in another script; else the text itself. Null stays null. */
  public static String toCyrillic(String text) {
    return text == null ? null : toCyrillic(text, detect(text));
  }

  /**
   * The Cyrillic reading of a text that is Kazakh in Latin or Arabic script; empty for any other
   * text, which a language detector judges as it is.
   */
  public static Optional<String> kazakhInCyrillic(String text) {
    Alphabet alphabet = detect(text);
    return alphabet == Alphabet.CYRILLIC ? Optional.empty() : Optional.of(toCyrillic(text, alphabet));
  }

  /** The text read in a script already detected (a title in the script of its article). */
  public static String toCyrillic(String text, Alphabet script) {
    if (text == null || script == Alphabet.CYRILLIC) {
      return text;
    }
    if (script == Alphabet.ARABIC) {
      // NFKC splits the letters with a hamza on them (ٵ, ٶ, ٷ, ٸ) into the letter and the hamza.
      return arabic(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }
    Map<String, String> alphabet = switch (script) {
      case LATIN_2017 -> LATIN_2017;
      case LATIN_2018 -> LATIN_2018;
      default -> LATIN_2021;
    };
    StringBuilder out = new StringBuilder(text.length());
    Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      String word = m.group();
      boolean keep = ROMAN.matcher(word).matches() || isForeign(text, m.start(), m.end());
      out.append(keep ? word : latinWord(word, alphabet, script == Alphabet.LATIN_2021));
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  /** A word glued to a dot or an at sign: part of a site's address or an e-mail, not Kazakh. */
  private static boolean isForeign(String text, int start, int end) {
    boolean gluedAfter = end < text.length() - 1 && (text.charAt(end) == '.' || text.charAt(end) == '@')
        && Character.isLetter(text.charAt(end + 1));
    boolean gluedBefore = start > 1 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == '@')
        && Character.isLetter(text.charAt(start - 2));
    return gluedAfter || gluedBefore;
  }

  /**
   * One Latin word in Cyrillic, longest letter group first, keeping capitals. The letter for и also
   * writes й: after a vowel ("aıtqandaı" is "айтқандай", "oıyn" is "ойын").
   */
  private static String latinWord(String word, Map<String, String> alphabet, boolean of2021) {
    char iLetter = of2021 ? 'i' : 'ı';
    StringBuilder out = new StringBuilder();
    StringBuilder lowered = new StringBuilder(word.length());
    // "İ" stays one letter: "i". In 2021's alphabet I is the capital of ı (і), not of i (и).
    word.chars().forEach(c -> lowered.append(of2021 && c == 'I' ? 'ı' : Character.toLowerCase((char) c)));
    String lower = lowered.toString();
    int i = 0;
    while (i < lower.length()) {
      String match = null;
      for (int length = 3; length >= 1 && match == null; length--) {
        if (i + length <= lower.length() && alphabet.containsKey(lower.substring(i, i + length))) {
          match = lower.substring(i, i + length);
        }
      }
      if (match == null) {
        out.append(word.charAt(i));
        i++;
        continue;
      }
      String cyrillic = alphabet.get(match);
      if (match.length() == 1 && match.charAt(0) == iLetter && cyrillic.equals("и") && out.length() > 0
          && isVowel(out.charAt(out.length() - 1))) {
        cyrillic = "й";
      }
      // the case of a letter group is its first letter's: "Sh" and "SH" are both "Ш"
      out.append(Character.isUpperCase(word.charAt(i)) ? cyrillic.toUpperCase(Locale.ROOT) : cyrillic);
      i += match.length();
    }
    return out.toString();
  }

  private static boolean isVowel(char cyrillic) {
    return CYRILLIC_VOWELS.indexOf(Character.toLowerCase(cyrillic)) >= 0;
  }

  /**
   * Arabic-script Kazakh, word by word. The script writes а/ә, о/ө, ұ/ү, ы/і with one letter each:
   * a leading hamza, a front consonant (к, г) or е makes them front. Not е in a Russian loan word,
   * which keeps the back letters of its Russian spelling beside е and shows itself by я
   * ("ассамблея", "сессия"): native words with е seldom have я. "ي" before "ا" is "я" after a vowel
   * and "ия" after a consonant ("سەسسيا" is "сессия"); Roman numerals written "ءحححى" are XXXI.
   */
  private static String arabic(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && isArabicLetter(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        char c = text.charAt(i);
        out.append(ARABIC.getOrDefault(c, String.valueOf(c)));
        i++;
        continue;
      }
      out.append(arabicWord(text.substring(i, end)));
      i = end;
    }
    return out.toString();
  }

  private static boolean isArabicLetter(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c) || c == 'ٴ' || c == 'ء';
  }

  private static String arabicWord(String word) {
    boolean hamza = word.indexOf('ٴ') >= 0 || word.indexOf('ء') >= 0;
    String letters = word.replace("ٴ", "").replace("ء", "");
    if (letters.length() >= 2 && letters.indexOf('ح') >= 0 && letters.chars().allMatch(c -> c == 'ح' || c == 'ى')) {
      return letters.replace('ح', 'X').replace('ى', 'I');
    }
    boolean loanWord = letters.contains("يا");
    boolean front = hamza || letters.indexOf('ك') >= 0 || letters.indexOf('ک') >= 0 || letters.indexOf('گ') >= 0
        || (letters.indexOf('ە') >= 0 && !loanWord);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (c == 'ي' && i + 1 < letters.length() && letters.charAt(i + 1) == 'ا') {
        out.append(out.length() > 0 && isVowel(out.charAt(out.length() - 1)) ? "я" : "ия");
        i++;
        continue;
      }
      String cyrillic = ARABIC.getOrDefault(c, String.valueOf(c));
      if (front) {
        cyrillic = FRONT.getOrDefault(cyrillic, cyrillic);
      }
      if (cyrillic.equals("и") && out.length() > 0 && isVowel(out.charAt(out.length() - 1))) {
        cyrillic = "й";
      }
      out.append(cyrillic);
    }
    return out.toString();
  }
}
