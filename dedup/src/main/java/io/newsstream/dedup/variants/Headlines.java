package io.newsstream.dedup.variants;

import io.newsstream.dedup.variants.Variants.Language;
import java.util.Random;

/** Another site's headline for the same story: a rubric, a tag, or a headline of its own. */
final class Headlines {
  private static final String[] RUBRICS_RU = {"Фото: ", "Новости региона: ", "Общество. ", "Важно: "};
  private static final String[] RUBRICS_KK = {"Фото: ", "Өңір жаңалықтары: ", "Қоғам. ", "Маңызды: "};
  private static final String[] TAGS_RU = {" (фото)", " — подробности", " (видео)"};
  private static final String[] TAGS_KK = {" (фото)", " — толығырақ", " (видео)"};
  private static final String[] OWN_RU = {
    "Ассамблея подвела итоги", "В регионе прошла сессия Ассамблеи народа Казахстана",
    "Единство и согласие: состоялась сессия АНК", "О чём говорили на сессии Ассамблеи"
  };
  private static final String[] OWN_KK = {
    "Ассамблея қорытынды шығарды", "Өңірде ҚХА сессиясы өтті",
    "Бірлік пен келісім: Ассамблея сессиясы өтті", "Ассамблея сессиясында не айтылды"
  };

  private Headlines() {}

  static String retitle(String title, Language language, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> Variants.pick(random, language, RUBRICS_RU, RUBRICS_KK) + title;
      case 1 -> title + Variants.pick(random, language, TAGS_RU, TAGS_KK);
      default -> Variants.pick(random, language, OWN_RU, OWN_KK);
    };
  }
}
