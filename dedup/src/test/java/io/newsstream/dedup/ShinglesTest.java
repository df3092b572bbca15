package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinglesTest {
  private static final String HEADLINE = "Сессия ассамблеи прошла в Уральске\n";
  private static final String LEAD = "Наш корреспондент побывал на сессии областной ассамблеи и рассказывает о главном.\n";
  private static final String SCHOOLS =
      "Участники обсудили работу воскресных школ родных языков и нехватку учителей в сёлах области.";
  private static final String YOUTH =
      "Председатель татарского центра предложил проводить общие субботники и спортивные турниры для молодёжи.";

  @Test
  void theCoreLeavesOutHeadlineLeadLastParagraphChromeAndBackground() {
    String text = HEADLINE + LEAD
        + "Подписывайтесь на наш канал\n"
        + SCHOOLS + "\n"
        + "Напомним, ассамблея народа Казахстана создана 1 марта 1995 года и работает во всех областях.\n"
        + YOUTH + "\n"
        + "В мероприятии приняли участие: Рашид Галиев, председатель татарского центра; Анна Ким, депутат маслихата.";

    assertThat(Shingles.core(text)).isEqualTo(SCHOOLS + "\n" + YOUTH);
  }

  @Test
  void enumerationsAreNotTheCoreWhereverTheyStand() {
    String text = HEADLINE + LEAD + SCHOOLS + "\n"
        + "Выступили: Рашид Галиев, председатель татарского центра; Анна Ким, депутат маслихата; Ольга\n"
        + "Шмидт, директор Дома дружбы; Ержан Сейткали, аким района.\n"
        + YOUTH + "\n"
        + "Следующая сессия пройдёт осенью в Аксае и будет посвящена работе с молодёжью.";

    // The wrapped list is two lines of two entries: each line is an enumeration.
    assertThat(Shingles.core(text)).isEqualTo(SCHOOLS + "\n" + YOUTH);
  }

  @Test
  void aLastParagraphCutOffMidSentenceStaysInTheCore() {
    String text = LEAD + SCHOOLS + "\n"
        + "Председатель татарского центра предложил проводить общие субботники и спортивные турниры для";

    assertThat(Shingles.core(text)).isEqualTo(
        SCHOOLS + "\n" + "Председатель татарского центра предложил проводить общие субботники и спортивные турниры для");
  }

  @Test
  void wrappedLinesAreOneParagraph() {
    assertThat(Shingles.paragraphs("Заголовок\nПервая строка абзаца,\nего продолжение.\n\nВторой\nабзац.\nТретий абзац."))
        .containsExactly("Заголовок", "Первая строка абзаца, его продолжение.", "Второй абзац.", "Третий абзац.");
  }

  @Test
  void aOneParagraphTextHasItsMiddleSentencesAsCore() {
    String text = "Бүгін облыс әкімі этномәдени бірлестіктердің жетекшілерімен кездесіп, жоспарларды талқылады. "
        + "Кездесу барысында бірлестік өкілдері жастар үйін салу туралы ұсыныстарын ортаға салып айтты. "
        + "Әр бастаманы мұқият қарап, келесі жылдың бюджетіне енгіземіз деп уәде берді әкім. "
        + "Бұған дейін облыстық ассамблея жанынан жастар кеңесі құрылған болатын, оған он бес этнос кірді.";

    assertThat(Shingles.core(text)).isEqualTo(
        "Кездесу барысында бірлестік өкілдері жастар үйін салу туралы ұсыныстарын ортаға салып айтты.");
  }

  @Test
  void aShortTextIsItsOwnCore() {
    assertThat(Shingles.core("Сессия прошла.")).isEqualTo("Сессия прошла.");
  }
}
