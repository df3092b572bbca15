package io.newsstream.dedup.variants;

import io.newsstream.dedup.variants.Variants.Language;
import io.newsstream.text.ChromeRules;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Site chrome as news sites leak it into scraped texts. Some lines are ones the text module's
 * cleaner removes; the rest (photo credits, channel adverts) it does not know, so the detector must
 * tolerate them.
 */
final class Chrome {
  private static final String[] LINES_RU = {
    "Сейчас читают", "Читайте также:", "Возврат к списку", "ПІКІР ЖАЗУ", "None", "Поделиться",
    "Читайте также: В области наградили победителей конкурса «Мы – народ Казахстана»",
    "Фото: пресс-служба акимата области", "Подписывайтесь на наш Telegram-канал"
  };
  private static final String[] LINES_KK = {
    "ПІКІР ЖАЗУ", "Тағы оқыңыз:", "Сейчас читают", "None", "Бөлісу",
    "Тағы оқыңыз: Облыста «Бірлік» медалі табысталды",
    "Фото: облыс әкімдігінің баспасөз қызметі", "Жаңалықтарды Telegram-арнамыздан оқыңыз"
  };
  /** Lines the cleaner does not know, which {@link #remove} still recognises as chrome. */
  private static final Set<String> UNKNOWN_TO_CLEANER =
      Set.of(
          "Фото: пресс-служба акимата области", "Подписывайтесь на наш Telegram-канал",
          "Фото: облыс әкімдігінің баспасөз қызметі", "Жаңалықтарды Telegram-арнамыздан оқыңыз");

  private Chrome() {}

  /** Two to four chrome lines, a view counter among them, at the top, between paragraphs or at the end. */
  static List<String> add(List<String> paragraphs, Language language, Random random) {
    List<String> framed = new ArrayList<>(paragraphs);
    int lines = 2 + random.nextInt(3);
    for (int i = 0; i < lines; i++) {
      String line =
          i == 0 ? counter(language, random) : Variants.pick(random, language, LINES_RU, LINES_KK);
      framed.add(random.nextInt(framed.size() + 1), line);
    }
    return framed;
  }

  /** The paragraphs without the lines the text module's rules or this class know as chrome. */
  static List<String> remove(List<String> paragraphs) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String line = Normalizer.normalize(paragraphs.get(i), Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
      boolean chrome =
          UNKNOWN_TO_CLEANER.contains(line)
              || ChromeRules.DEFAULT.ruleFor(line, i == paragraphs.size() - 1).isPresent();
      if (!chrome) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  private static String counter(Language language, Random random) {
    int views = 10 + random.nextInt(5000);
    return switch (random.nextInt(3)) {
      case 0 -> (language == Language.KK ? "Көрілім: " : "Просмотров: ") + views;
      case 1 -> "👁 " + views;
      default -> Integer.toString(views);
    };
  }
}
