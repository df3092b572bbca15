package io.newsstream.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphGroupTest {
  private static final String RU = "Сегодня в Астане открылась очередная сессия Ассамблеи народа Казахстана.";
  private static final String KK = "Бүгін Астанада Қазақстан халқы Ассамблеясының кезекті сессиясы ашылды.";
  private static final String EN = "Today the regular session of the Assembly opened in Astana.";

  @Test
  void paragraphsThatLookAlikeAreOneGroup() {
    List<ParagraphGroup> groups = ParagraphGroup.of(RU + "\n\n" + RU + "\n" + RU, 10_000);

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).text()).isEqualTo(RU + "\n" + RU + "\n" + RU);
    assertThat(groups.get(0).script()).isEqualTo(Script.CYRILLIC);
    assertThat(groups.get(0).letters()).isEqualTo(3 * letters(RU));
  }

  @Test
  void quotesInAnotherLanguageAreAGroupOfTheirOwnWhereverTheyStand() {
    List<ParagraphGroup> groups = ParagraphGroup.of(KK + "\n\n" + RU + "\n\n" + KK + "\n\n" + EN + "\n" + RU, 10_000);

    assertThat(groups).extracting(ParagraphGroup::text).containsExactly(KK + "\n" + KK, RU + "\n" + RU, EN);
    assertThat(groups).extracting(ParagraphGroup::script).containsExactly(Script.CYRILLIC, Script.CYRILLIC, Script.LATIN);
  }

  @Test
  void kazakhNamesInARussianParagraphDoNotMakeItLookKazakh() {
    String withNames = "Глава государства Қасым-Жомарт Тоқаев поздравил участников сессии Ассамблеи народа Казахстана с праздником.";

    assertThat(ParagraphGroup.of(RU + "\n" + withNames + "\n" + RU, 10_000)).hasSize(1);
  }

  @Test
  void linesWithoutLettersBelongToNoGroup() {
    List<ParagraphGroup> groups = ParagraphGroup.of(RU + "\n\n251\n\n01.07.2021\n\n" + RU, 10_000);

    assertThat(groups).extracting(ParagraphGroup::text).containsExactly(RU + "\n" + RU);
  }

  @Test
  void readsNoMoreThanTheLimit() {
    assertThat(ParagraphGroup.of(RU + "\n" + KK, RU.length())).extracting(ParagraphGroup::text).containsExactly(RU);
  }

  @Test
  void aSampleIsTheBeginningCutAfterAWholeWord() {
    ParagraphGroup group = ParagraphGroup.of((RU + "\n").repeat(10), 10_000).get(0);

    String sample = group.sample(100);

    assertThat(sample.length()).isLessThanOrEqualTo(100);
    assertThat(group.text()).startsWith(sample);
    assertThat(group.text().charAt(sample.length())).isIn(' ', '\n');
  }

  private static int letters(String s) {
    return (int) s.codePoints().filter(Character::isLetter).count();
  }
}
