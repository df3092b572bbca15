package io.newsstream.dedup.variants;

import io.newsstream.dedup.variants.Variants.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Edits of an article's paragraphs that keep it the same story. */
final class Edits {
  private static final String[] NOTES_RU = {
    "Напомним, Ассамблея народа Казахстана была создана 1 марта 1995 года. Сегодня в её составе"
        + " работают этнокультурные объединения, советы матерей, молодёжные крылья и научно-экспертные группы.",
    "Материал подготовлен при поддержке пресс-службы акимата. Перепечатка допускается только с"
        + " активной ссылкой на источник.",
    "Отметим, что в прошлом году по линии Ассамблеи в регионе было проведено более двухсот мероприятий,"
        + " направленных на укрепление общественного согласия и межэтнического диалога."
  };
  private static final String[] NOTES_KK = {
    "Еске сала кетейік, Қазақстан халқы Ассамблеясы 1995 жылғы 1 наурызда құрылған. Бүгінде оның"
        + " құрамында этномәдени бірлестіктер, аналар кеңестері мен жастар қанаттары жұмыс істейді.",
    "Материал облыс әкімдігінің баспасөз қызметінің қолдауымен дайындалды. Көшіріп басқанда дереккөзге"
        + " сілтеме жасау міндетті.",
    "Айта кетейік, өткен жылы өңірде Ассамблея желісі бойынша қоғамдық келісімді нығайтуға арналған"
        + " екі жүзден астам іс-шара өткізілді."
  };

  private Edits() {}

  /** The non-blank lines, trimmed: a scraped text's paragraphs. */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    return paragraphs;
  }

  static String join(List<String> paragraphs) {
    return String.join("\n", paragraphs);
  }

  /**
   * Rewraps every paragraph into lines of 40 to 90 characters, sometimes with doubled spaces, and
   * separates paragraphs by one to three blank lines, as pasting from another layout does.
   */
  static String reflow(List<String> paragraphs, Random random) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : paragraphs) {
      if (out.length() > 0) {
        out.append("\n".repeat(2 + random.nextInt(3)));
      }
      int width = 40 + random.nextInt(51);
      int lineLength = 0;
      for (String word : Variants.words(paragraph)) {
        if (lineLength > 0 && lineLength + word.length() > width) {
          out.append(random.nextBoolean() ? " \n" : "\n");
          lineLength = 0;
        } else if (lineLength > 0) {
          out.append(random.nextInt(6) == 0 ? "  " : " ");
        }
        out.append(word);
        lineLength += word.length() + 1;
      }
    }
    return out.toString();
  }

  /** Cuts between {@code min} and {@code max} of the words from the end; at least one word stays. */
  static List<String> truncate(List<String> paragraphs, double min, double max, Random random) {
    int total = paragraphs.stream().mapToInt(p -> Variants.words(p).size()).sum();
    int keep = Math.max(1, total - (int) Math.round(total * (min + (max - min) * random.nextDouble())));
    List<String> kept = new ArrayList<>();
    for (String paragraph : paragraphs) {
      List<String> words = Variants.words(paragraph);
      if (keep <= 0) {
        break;
      }
      kept.add(String.join(" ", words.subList(0, Math.min(keep, words.size()))));
      keep -= words.size();
    }
    return kept;
  }

  /** Adds an editorial note, at the end or after the lead paragraph. */
  static List<String> addParagraph(List<String> paragraphs, Language language, Random random) {
    List<String> more = new ArrayList<>(paragraphs);
    String note = Variants.pick(random, language, NOTES_RU, NOTES_KK);
    more.add(random.nextBoolean() ? more.size() : Math.min(1, more.size()), note);
    return more;
  }
}
