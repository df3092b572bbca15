package io.newsstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.text.KazakhScripts.Alphabet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KazakhScriptsTest {
  @Test
  void latin2021() {
    String text = "Kökşetauda ötken Aqmola oblystyq Qazaqstan halqy Assambleiasynyŋ XXVIII sessiiasy boldy.";
    assertThat(KazakhScripts.detect(text)).isEqualTo(Alphabet.LATIN_2021);
    assertThat(KazakhScripts.toCyrillic(text))
        .isEqualTo("Көкшетауда өткен Ақмола облыстық Қазақстан халқы Ассамблеясының XXVIII сессиясы болды.");
  }

  @Test
  void latin2018WithAcutes() {
    String text = "Elbasy Qazaqstan halqy Assambleıasynyń sessııasynda aıtqandaı, QHA músheleri daýys berdi.";
    assertThat(KazakhScripts.detect(text)).isEqualTo(Alphabet.LATIN_2018);
    assertThat(KazakhScripts.toCyrillic(text))
        .isEqualTo("Елбасы Қазақстан халқы Ассамблеясының сессиясында айтқандай, ҚХА мүшелері дауыс берді.");
  }

  @Test
  void latin2017WithApostrophes() {
    String text = "Qazaqstan halqy Assamblei'asynyn' sessi'iasy o'tti, qatysus'ylar ko'p.";
    assertThat(KazakhScripts.detect(text)).isEqualTo(Alphabet.LATIN_2017);
    assertThat(KazakhScripts.toCyrillic(text)).isEqualTo("Қазақстан халқы Ассамблеясының сессиясы өтті, қатысушылар көп.");
  }

  @Test
  void arabicScript() {
    String text = "قازاقستان حالقى اسسامبلەياسىنىڭ XXXII سەسسياسىندا مەملەكەت باسشىسى ايتتى، ءحححى";
    assertThat(KazakhScripts.detect(text)).isEqualTo(Alphabet.ARABIC);
    assertThat(KazakhScripts.toCyrillic(text))
        .isEqualTo("қазақстан халқы ассамблеясының XXXII сессиясында мемлекет басшысы айтты, XXXI");
  }

  @Test
  void otherLanguagesAreLeftAlone() {
    for (String text : new String[] {
        "The 32nd session of the Assembly of the People of Kazakhstan took place in Astana.",
        "Milli Məclisin yaz sessiyası başa çatıb, sessiyaya plenar iclasda yekun vurulub.",
        "TBMM Genel Kurulunda söz alan bir milletvekilinin konuşması",
        "Сессия Ассамблеи народа Казахстана прошла в Астане.",
    }) {
      assertThat(KazakhScripts.detect(text)).as(text).isEqualTo(Alphabet.CYRILLIC);
      assertThat(KazakhScripts.toCyrillic(text)).isEqualTo(text);
    }
  }

  @Test
  void romanNumeralsAndAddressesStayLatin() {
    assertThat(KazakhScripts.toCyrillic("Qazaqstan halqy XXXIV sessiiasy: qazinform.kz habarlaidy.", Alphabet.LATIN_2021))
        .isEqualTo("Қазақстан халқы XXXIV сессиясы: qazinform.kz хабарлайды.");
  }

  // What the language detector reads back: single words, and texts in other languages left alone.

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
    assertThat(KazakhScripts.toCyrillic(latin, Alphabet.LATIN_2021)).isEqualTo(cyrillic);
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
    assertThat(KazakhScripts.toCyrillic(arabic, Alphabet.ARABIC)).isEqualTo(cyrillic);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The session of the Assembly opened in Astana today.",
        "Türkiye'de bugün yerel seçimler yapıldı ve sonuçlar açıklandı.",
        "Toshkentda xalqaro kitob koʻrgazmasi ochildi.",
      })
  void leavesOtherLatinTextsAlone(String text) {
    assertThat(KazakhScripts.kazakhInCyrillic(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "امروز جلسه مجلس در پایتخت برگزار شد", // Persian
        "عقدت الجمعية العامة اجتماعها اليوم", // Arabic
        "ئۈرۈمچىدە يېڭى مەكتەپ ئېچىلدى", // Uyghur: shares ە and ۇ with tote jazu, but has ئ, ې, ۈ
      })
  void leavesOtherArabicScriptTextsAlone(String text) {
    assertThat(KazakhScripts.kazakhInCyrillic(text)).isEmpty();
  }
}
