package io.newsstream.streams.topology;

import java.util.List;

/**
 * A session report updated through the day, written for the tests: the morning version, the full
 * one, and an evening rewrite that is near the full one only, not the morning one. The three form a
 * chain of copies whose canonical is the morning version.
 */
public final class UpdatedStory {
  private static final List<String> SENTENCES = List.of(
      "В Усть-Каменогорске началась XXIV сессия Ассамблеи народа Казахстана Восточно-Казахстанской области.",
      "В работе сессии участвуют члены ассамблеи, депутаты маслихата, руководители этнокультурных объединений и молодежь.",
      "Открывая заседание, аким области напомнил о задачах, поставленных перед ассамблеей на текущий год.",
      "Первым вопросом повестки стал отчет о работе советов общественного согласия в городах и районах.",
      "Докладчик отметил, что за прошлый год советы рассмотрели более ста обращений жителей и помогли уладить споры.",
      "Затем участники обсудили развитие кабинетов казахского языка при этнокультурных центрах области.",
      "Председатель славянского центра предложил проводить летние языковые лагеря для школьников из разных сел.",
      "Представители корейского и немецкого центров рассказали о совместных концертах и выставках народного творчества.",
      "Отдельно обсуждалась работа ассамблеи в социальных сетях и подготовка видеороликов о дружбе народов.",
      "Во второй половине дня участники сессии посетили дом дружбы, где открылась выставка ремесленников.",
      "Вечером прошел концерт, подготовленный молодежными крыльями этнокультурных объединений области.",
      "По итогам сессии принята резолюция, а лучшие активисты награждены благодарственными письмами.");

  // The morning half is in the full version, and so is the evening rewrite of the other half; the
  // two halves share one sentence, too little for a copy by any measure.
  public static final String MORNING = String.join(" ", SENTENCES.subList(0, 6));
  public static final String FULL = String.join(" ", SENTENCES);
  public static final String EVENING =
      String.join(" ", SENTENCES.subList(5, 12)) + " Фото пресс-службы ассамблеи области.";

  private UpdatedStory() {}
}
