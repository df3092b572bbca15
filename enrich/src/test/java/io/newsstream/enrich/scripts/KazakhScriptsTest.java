package io.newsstream.enrich.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.scripts.KazakhScripts.Script;
import org.junit.jupiter.api.Test;

class KazakhScriptsTest {
  @Test
  void latin2021() {
    String text = "Kökşetauda ötken Aqmola oblystyq Qazaqstan halqy Assambleiasynyŋ XXVIII sessiiasy boldy.";
    assertThat(KazakhScripts.detect(text)).isEqualTo(Script.LATIN_2021);
    assertThat(KazakhScripts.toCyrillic(text))
        .isEqualTo("Көкшетауда өткен Ақмола облыстық Қазақстан халқы Ассамблеясының XXVIII сессиясы болды.");
  }

  @Test
  void latin2018WithAcutes() {
    String text = "Elbasy Qazaqstan halqy Assambleıasynyń sessııasynda aıtqandaı, QHA músheleri daýys berdi.";
    assertThat(KazakhScripts.detect(text)).isEqualTo(Script.LATIN_2018);
    assertThat(KazakhScripts.toCyrillic(text))
        .isEqualTo("Елбасы Қазақстан халқы Ассамблеясының сессиясында айтқандай, ҚХА мүшелері дауыс берді.");
  }

  @Test
  void latin2017WithApostrophes() {
    String text = "Qazaqstan halqy Assamblei'asynyn' sessi'iasy o'tti, qatysus'ylar ko'p.";
    assertThat(KazakhScripts.detect(text)).isEqualTo(Script.LATIN_2017);
    assertThat(KazakhScripts.toCyrillic(text)).isEqualTo("Қазақстан халқы Ассамблеясының сессиясы өтті, қатысушылар көп.");
  }

  @Test
  void arabicScript() {
    String text = "قازاقستان حالقى اسسامبلەياسىنىڭ XXXII سەسسياسىندا مەملەكەت باسشىسى ايتتى، ءحححى";
    assertThat(KazakhScripts.detect(text)).isEqualTo(Script.ARABIC);
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
      assertThat(KazakhScripts.detect(text)).as(text).isEqualTo(Script.CYRILLIC);
      assertThat(KazakhScripts.toCyrillic(text)).isEqualTo(text);
    }
  }

  @Test
  void romanNumeralsAndAddressesStayLatin() {
    assertThat(KazakhScripts.toCyrillic("Qazaqstan halqy XXXIV sessiiasy: qazinform.kz habarlaidy.", Script.LATIN_2021))
        .isEqualTo("Қазақстан халқы XXXIV сессиясы: qazinform.kz хабарлайды.");
  }
}
