package io.newsstream.streams.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
  private final LanguageDetector detector = SharedDetector.HIGH_ACCURACY;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kk|Бүгін Астанада Қазақстан халқы Ассамблеясының кезекті сессиясы ашылды.",
        "ru|Сегодня в Астане открылась очередная сессия Ассамблеи народа Казахстана.",
        "en|Today the regular session of the Assembly of People of Kazakhstan opened in Astana.",
        "uk|Сьогодні в Астані відкрилася чергова сесія Асамблеї народу Казахстану.",
      })
  void tellsTheLanguageAsAnIsoCode(String language, String sentence) {
    Detection detection = detector.detect(sentence);

    assertThat(detection.language()).isEqualTo(language);
    assertThat(detection.confidence()).isBetween(LanguageDetector.MIN_CONFIDENCE, 1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Сессия АНК", "XXV 2019 АНК", "12 345 678 901 234 567 890 12"})
  void tooShortToTellIsUndetermined(String text) {
    assertThat(detector.detect(text)).isEqualTo(new Detection(LanguageDetector.UNDETERMINED, 0.0));
  }

  @Test
  void aLongTextIsJudgedByItsFirstParagraphs() {
    String russian = "Сегодня в Астане открылась очередная сессия Ассамблеи народа Казахстана.\n\n";
    String english = "Today the regular session of the Assembly of People of Kazakhstan opened in Astana.\n\n";

    assertThat(detector.detect(russian.repeat(30) + english.repeat(100)).language()).isEqualTo("ru");
  }

  @Test
  void theSampleEndsAtAParagraphBreakWithinTheLimit() {
    String paragraph = "слово ".repeat(50).strip() + "\n\n";
    String sample = LanguageDetector.sample(paragraph.repeat(20));

    assertThat(sample.length()).isLessThanOrEqualTo(LanguageDetector.MAX_SAMPLE_CHARS);
    assertThat(sample).endsWith("слово").doesNotEndWith("\n");
    assertThat(paragraph.repeat(20)).startsWith(sample);
  }

  @Test
  void theSampleOfAnUnbrokenTextEndsAtAWord() {
    String sample = LanguageDetector.sample("слово ".repeat(1000));

    assertThat(sample.length()).isLessThanOrEqualTo(LanguageDetector.MAX_SAMPLE_CHARS);
    assertThat(sample).endsWith("слово");
  }

  /** The premise of the confidence: Lingua scales the likeliest language to 1.0, so only the gap tells. */
  @Test
  void linguasTopValueIsAlwaysOne() {
    var lingua = LanguageDetectorBuilder.fromLanguages(Language.KAZAKH, Language.RUSSIAN, Language.UKRAINIAN).build();

    SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues("Сегодня открылась сессия");

    assertThat(values.values().iterator().next()).isEqualTo(1.0);
  }
}
