package io.newsstream.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
  private static final String KAZAKH =
      "Бүгін Астанада Қазақстан халқы Ассамблеясының кезекті сессиясы ашылды. Жиынға өңірлерден келген "
          + "этномәдени бірлестіктердің өкілдері қатысты.";
  private static final String RUSSIAN =
      "Сегодня в Астане открылась очередная сессия Ассамблеи народа Казахстана. В ней участвуют "
          + "представители этнокультурных объединений из всех регионов.";
  private static final String ENGLISH =
      "Today the regular session of the Assembly of People of Kazakhstan opened in Astana, with "
          + "delegates of ethnocultural associations from every region.";

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
    assertThat(detection.shares()).containsOnlyKeys(language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Сессия АНК", "XXV 2019 АНК", "12 345 678 901 234 567 890 12"})
  void tooShortToTellIsUndetermined(String text) {
    Detection detection = detector.detect(text);

    assertThat(detection.language()).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(detection.confidence()).isZero();
    assertThat(detection.shares()).isEmpty();
  }

  /** The neighbours Lingua does not know go to the second opinion instead of being called Kazakh. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ky|Бишкекте Кыргызстан элинин ассамблеясынын жыйыны өттү. Ага өлкөнүн бардык аймактарынан өкүлдөр катышып, коомдогу ынтымакты чыңдоо маселелерин талкуулашты.",
        "tt|Казанда татар конгрессының утырышы узды. Анда Татарстан районнарыннан һәм чит илләрдән килгән делегатлар катнашты, татар телен саклау мәсьәләләре каралды.",
        "uz|Toshkentda xalqaro kitob koʻrgazmasi ochildi. Unda oʻn besh mamlakatdan yuzdan ortiq nashriyot ishtirok etmoqda va yangi kitoblar taqdim etilmoqda.",
      })
  void tellsTurkicNeighboursFromKazakh(String language, String paragraph) {
    assertThat(detector.detect(paragraph).language()).isEqualTo(language);
  }

  @Test
  void reportsKazakhInEachOfItsScripts() {
    Detection cyrillic = detector.detect(KAZAKH);
    Detection latin = detector.detect(
        "Bügın Astanada Qazaqstan halqy Assambleiasynyñ kezektı sessiiasy aşyldy. Jiynğa öñırlerden kelgen "
            + "etnomädeni bırlestıkterdıñ ökılderı qatysty.");
    Detection arabic = detector.detect(
        "بۇگىن استانادا قازاقستان حالقى اسسامبلەياسىنىڭ كەزەكتى سەسسيياسى اشىلدى. جيىنعا وڭىرلەردەن كەلگەن "
            + "ەتنومادەني بىرلەستىكتەردىڭ وكىلدەرى قاتىستى.");

    assertThat(cyrillic.language()).isEqualTo("kk");
    assertThat(cyrillic.script()).isEqualTo("Cyrl");
    assertThat(latin.language()).isEqualTo("kk");
    assertThat(latin.script()).isEqualTo("Latn");
    assertThat(arabic.language()).isEqualTo("kk");
    assertThat(arabic.script()).isEqualTo("Arab");
  }

  @Test
  void arabicScriptThatIsNotToteJazuIsUndetermined() {
    Detection persian = detector.detect("امروز جلسه مجلس در پایتخت برگزار شد و نمایندگان درباره بودجه سال آینده گفتگو کردند.");

    assertThat(persian.language()).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(persian.script()).isEqualTo("Arab");
  }

  @Test
  void aMixedTextHasTheShareOfEachLanguageAndTheDominantOneIsItsLanguage() {
    String text = KAZAKH + "\n\n«" + RUSSIAN + "»\n\n" + KAZAKH + "\n" + ENGLISH;

    Detection detection = detector.detect(text);

    assertThat(detection.language()).isEqualTo("kk");
    assertThat(detection.script()).isEqualTo("Cyrl");
    assertThat(detection.shares()).containsOnlyKeys("kk", "ru", "en");
    assertThat(detection.shares().get("kk")).isGreaterThan(detection.shares().get("ru"));
    assertThat(detection.shares().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void theLanguageWithMoreTextWinsWhereverItStands() {
    String russian = RUSSIAN + "\n\n";
    String english = ENGLISH + "\n\n";

    assertThat(detector.detect(russian.repeat(3) + english.repeat(10)).language()).isEqualTo("en");
    assertThat(detector.detect(russian.repeat(10) + english.repeat(3)).language()).isEqualTo("ru");
  }

  @Test
  void aHugeTextIsReadOnlyUpToTheLimit() {
    String text = (RUSSIAN + "\n").repeat(LanguageDetector.MAX_TEXT_CHARS / RUSSIAN.length() + 1) + (ENGLISH + "\n").repeat(5_000);

    Detection detection = detector.detect(text);

    assertThat(detection.language()).isEqualTo("ru");
    assertThat(detection.shares()).containsOnlyKeys("ru");
  }

  /** The premise of the confidence: Lingua scales the likeliest language to 1.0, so only the gap tells. */
  @Test
  void linguasTopValueIsAlwaysOne() {
    var lingua = LanguageDetectorBuilder.fromLanguages(Language.KAZAKH, Language.RUSSIAN, Language.UKRAINIAN).build();

    SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues("Сегодня открылась сессия");

    assertThat(values.values().iterator().next()).isEqualTo(1.0);
  }
}
