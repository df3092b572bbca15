package io.newsstream.dedup.variants;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.dedup.variants.Variant.Kind;
import io.newsstream.text.TextCleaner;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VariantsTest {
  private static final String TITLE = "Состоялась XXVI сессия АНК Костанайской области";
  private static final String TEXT =
      "Сегодня прошла очередная XXVI сессия Ассамблеи народа Казахстана Костанайской области.\n"
          + "Модератором выступил заместитель акима области. Участники обсудили итоги XXV сессии.\n"
          + "В работе сессии приняли участие члены Ассамблеи и представители этнокультурных объединений.\n"
          + "Просмотров: 251\n"
          + "По итогам сессии принята резолюция.";

  private final Map<Kind, Variant> variants =
      Variants.variantsOf(TITLE, TEXT, 7).stream().collect(Collectors.toMap(Variant::kind, Function.identity()));

  @Test
  void oneVariantOfEachKindTheSameEveryTime() {
    assertThat(variants).containsOnlyKeys(Kind.values());
    assertThat(Variants.variantsOf(TITLE, TEXT, 7)).isEqualTo(Variants.variantsOf(TITLE, TEXT, 7));
    assertThat(Variants.variantsOf(TITLE, TEXT, 8)).isNotEqualTo(Variants.variantsOf(TITLE, TEXT, 7));
  }

  @Test
  void reflowingChangesOnlyTheWhitespace() {
    String reflowed = variants.get(Kind.REFLOWED).text();

    assertThat(reflowed).isNotEqualTo(TEXT);
    assertThat(reflowed.split("\\s+")).containsExactly(TEXT.split("\\s+"));
  }

  @Test
  void chromeIsAddedOrRemoved() {
    assertThat(variants.get(Kind.CHROME_ADDED).text().lines().count()).isGreaterThanOrEqualTo(TEXT.lines().count() + 2);
    assertThat(variants.get(Kind.CHROME_REMOVED).text()).doesNotContain("Просмотров").contains("резолюция");
  }

  @Test
  void theCleanerUndoesKnownChromeAndLookAlikes() {
    TextCleaner cleaner = new TextCleaner();
    String clean = cleaner.clean(TEXT).text();

    assertThat(cleaner.clean(variants.get(Kind.CHROME_REMOVED).text()).text()).isEqualTo(clean);
    assertThat(cleaner.clean(variants.get(Kind.LOOKALIKE_NUMERALS).text()).text()).isEqualTo(clean);
  }

  @Test
  void numeralsAreRetypedWithLookAlikeLetters() {
    Variant v = variants.get(Kind.LOOKALIKE_NUMERALS);

    assertThat(v.title()).contains("ХХҮІ сессия").doesNotContain("XXVI");
    assertThat(v.text()).contains("ХХҮ сессии");
    assertThat(LookAlikes.swap("ХХІҮ сессия, ХИМИЯ, XXXX")).isEqualTo("XXIV сессия, ХИМИЯ, XXXX");
  }

  @Test
  void titleChangesAndTextStays() {
    Variant v = variants.get(Kind.TITLE_CHANGED);

    assertThat(v.title()).isNotEqualTo(TITLE);
    assertThat(v.text()).isEqualTo(TEXT);
  }

  @Test
  void truncationCutsFiveToTwentyPercentOfTheWordsFromTheEnd() {
    for (long seed = 0; seed < 50; seed++) {
      String cut = Variants.variantOf(Kind.TRUNCATED, TITLE, TEXT, seed).text();
      double kept = (double) cut.split("\\s+").length / TEXT.split("\\s+").length;

      assertThat(kept).isBetween(0.79, 0.96);
      assertThat(String.join(" ", TEXT.split("\\s+"))).startsWith(String.join(" ", cut.split("\\s+")));
    }
  }

  @Test
  void aParagraphIsAddedInTheArticlesLanguage() {
    String kazakh = "Атырауда Қазақстан халқы Ассамблеясының сессиясы өтті.\nСессияны облыс әкімі ашты.";

    assertThat(variants.get(Kind.PARAGRAPH_ADDED).text().lines().count()).isEqualTo(TEXT.lines().count() + 1);
    assertThat(Variants.variantOf(Kind.PARAGRAPH_ADDED, "Сессия", kazakh, 1).text().lines())
        .hasSize(3)
        .anyMatch(line -> !kazakh.contains(line) && line.matches(".*[әғқңөұ].*"));
  }
}
