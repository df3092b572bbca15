package io.newsstream.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KazakhScriptsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Qazaqstan, Қазақстан",
    "Ūlttyq, Ұлттық",
    "Äkımdık, Әкімдік",
    "Iske, Іске", // capital I is the capital of ı (і)
    "İnstitut, Институт", // İ is the capital of i (и)
    "jaña, жаңа",
    "öñırler, өңірлер",
    "tūrğyndary, тұрғындары",
    "Şymkent, Шымкент",
    "2024 jyly, 2024 жылы",
  })
  void readsTheLatinAlphabetOf2021(String latin, String cyrillic) {
    assertThat(KazakhScripts.fromLatin(latin)).isEqualTo(cyrillic);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "قازاقستان, қазақстан",
    "مەكتەپ, мектеп", // е marks a front word
    "ٴۇشىن, үшін", // the high hamza marks a front word
    "ٴتىلى, тілі",
    "ادەبيەتتەر, әдебиеттер",
    "كورمەسى, көрмесі",
    "'بالالار، ۇلكەن', 'балалар, үлкен'", // Arabic comma; a back word and a front one
  })
  void readsToteJazu(String arabic, String cyrillic) {
    assertThat(KazakhScripts.fromArabic(arabic)).isEqualTo(cyrillic);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The session of the Assembly opened in Astana today.",
        "Türkiye'de bugün yerel seçimler yapıldı ve sonuçlar açıklandı.",
        "Toshkentda xalqaro kitob koʻrgazmasi ochildi.",
      })
  void leavesOtherLatinTextsAlone(String text) {
    assertThat(KazakhScripts.toCyrillic(text, Script.LATIN)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "امروز جلسه مجلس در پایتخت برگزار شد", // Persian
        "عقدت الجمعية العامة اجتماعها اليوم", // Arabic
        "ئۈرۈمچىدە يېڭى مەكتەپ ئېچىلدى", // Uyghur: shares ە and ۇ with tote jazu, but has ئ, ې, ۈ
      })
  void leavesOtherArabicScriptTextsAlone(String text) {
    assertThat(KazakhScripts.toCyrillic(text, Script.ARABIC)).isEmpty();
  }
}
