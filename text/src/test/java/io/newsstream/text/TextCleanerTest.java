package io.newsstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void appliesNfkc() {
    // Full-width letters, a ligature, the Roman numeral sign Ⅻ and a no-break space.
    assertThat(cleaner.clean("ＡＮＫ ﬁ Ⅻ\u00A0сессия.").text()).isEqualTo("ANK fi XII сессия.");
  }

  @Test
  void composesDecomposedLetters() {
    assertThat(cleaner.clean("Казахстан и\u0306 мир.").text()).isEqualTo("Казахстан й мир.");
  }

  @Test
  void foldsNumeralsQuotesAndDashes() {
    assertThat(cleaner.clean("Прошла ХХІҮ сессия – «Единство».").text())
        .isEqualTo("Прошла XXIV сессия — \"Единство\".");
  }

  @Test
  void collapsesSpacesWithinLinesAndBlankRunsBetweenParagraphs() {
    String text = "\n\n  Первый   абзац.\t\r\n\r\n\r\n   \nВторой\u2028абзац.\n\n";

    assertThat(cleaner.clean(text).text()).isEqualTo("Первый абзац.\n\nВторой\nабзац.");
  }

  @Test
  void removesChromeLinesAndTheBlankLinesTheyLeave() {
    String text = "Заголовок\n\nNone\nNone\nПервый абзац.\n\nПросмотров: 12\n\nВторой абзац.\n\nПоделиться\nСейчас читают\n";

    assertThat(cleaner.clean(text).text()).isEqualTo("Заголовок\n\nПервый абзац.\n\nВторой абзац.");
  }

  @Test
  void removesADanglingLeadInAtTheEndOnly() {
    assertThat(cleaner.clean("В 2019 году:\nсессия прошла.\nПохожие новости:").text())
        .isEqualTo("В 2019 году:\nсессия прошла.");
  }

  @Test
  void takesTheCallersTitleCleaned() {
    CleanText clean = cleaner.clean("  ХХV  сессия – «АНК» ", "Текст.");

    assertThat(clean.title()).isEqualTo("XXV сессия — \"АНК\"");
  }

  @Test
  void takesTheFirstShortLineAsTitleWhenTheCallerGivesNone() {
    assertThat(cleaner.clean(null, "None\nСессия АНК началась\nТекст.").title()).isEqualTo("Сессия АНК началась");
    assertThat(cleaner.clean(" ", "Сессия АНК началась\nТекст.").title()).isEqualTo("Сессия АНК началась");
  }

  @Test
  void aFirstLineEndingWithAPeriodIsASentenceNotATitle() {
    assertThat(cleaner.clean("Сессия АНК началась в Астане.\nТекст.").title()).isNull();
  }

  @Test
  void aLongFirstLineIsAParagraphNotATitle() {
    String longLine = "слово ".repeat(40).strip();

    assertThat(cleaner.clean(longLine + "\nТекст.").title()).isNull();
    assertThat(cleaner.clean(longLine.substring(0, TextCleaner.MAX_TITLE_LENGTH) + "\nТекст.").title()).isNotNull();
  }

  @Test
  void aTextOfChromeOnlyIsEmpty() {
    CleanText clean = cleaner.clean("None\n\nСейчас читают\n");

    assertThat(clean.text()).isEmpty();
    assertThat(clean.title()).isNull();
  }

  @Test
  void cleaningIsIdempotent() {
    String text = "ХХV сессия\n\nNone\n«Текст» – тут.\n\n\nЧитайте также:";
    String once = cleaner.clean(text).text();

    assertThat(cleaner.clean(once).text()).isEqualTo(once);
  }
}
