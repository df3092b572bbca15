package io.newsstream.enrich.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.tokens.Article;
import io.newsstream.enrich.tokens.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  private static List<PlaceMention> find(String text, String language) {
    Sentence s = Article.of(null, text, language).sentences().get(0);
    return GAZETTEER.find(s);
  }

  /** What the text names: a region's code, else the city's or district's English name. */
  private static List<String> named(String text, String language) {
    return find(text, language).stream()
        .map(m -> m.place() instanceof Region r ? r.code() : m.place().english())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "сессия ассамблеи Алматинской области | ru | KZ-19",
    "в Алматинскую область | ru | KZ-19",
    "Акмолинской ассамблеи | ru | KZ-11",
    "Акмолинской областной ассамблеи | ru | KZ-11",
    "Алматы облысының | kk | KZ-19",
    "Алматы облысында | kk | KZ-19",
    "Маңғыстау облыстық ассамблеясы | kk | KZ-47",
    "ассамблеи области Жетісу | ru | KZ-33",
    "Жетысуской области | ru | KZ-33",
    "Абай облысы | kk | KZ-10",
    "области Абай | ru | KZ-10",
    "области Ұлытау | ru | KZ-62",
    "Восточно-Казахстанской области | ru | KZ-63",
    "Шығыс Қазақстан облысының | kk | KZ-63",
    "Батыс Қазақстан облысы | kk | KZ-27",
    "Северо-Казахстанской области | ru | KZ-59",
    "Южно-Казахстанской области | ru | KZ-61",
    "Оңтүстік Қазақстан облысы | kk | KZ-61",
    "Туркестанской области | ru | KZ-61",
    "Кызылординской области | ru | KZ-43",
  })
  void regionsInTheirCaseForms(String text, String language, String code) {
    assertThat(named(text, language)).containsExactly(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ЗКО, KZ-27", "БҚО, KZ-27", "ВКО, KZ-63", "ШҚО, KZ-63", "СКО, KZ-59", "СҚО, KZ-59", "ЮКО, KZ-61",
      "ОҚО, KZ-61", "ШҚО-ның, KZ-63"})
  void abbreviations(String text, String code) {
    assertThat(named(text, "ru")).containsExactly(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "в Талдыкоргане | ru | Taldykorgan",
    "Талдықорғанда | kk | Taldykorgan",
    "в Астане | ru | Astana",
    "Астанада | kk | Astana",
    "в Нур-Султане | ru | Astana",
    "Нұр-Сұлтанда | kk | Astana",
    "НУР-СУЛТАН, 12 мая | ru | Astana",
    "в столице | ru | Astana",
    "Елордада | kk | Astana",
    "в южной столице | ru | Almaty",
    "в Шымкенте | ru | Shymkent",
    "Шымкентте | kk | Shymkent",
    "в Усть-Каменогорске | ru | Oskemen",
    "Өскеменде | kk | Oskemen",
    "в Караганде | ru | Karaganda",
    "Қонаевқа | kk | Konaev",
    "в Капчагае | ru | Konaev",
    "Қызылордада облыстық ассамблея | kk | Kyzylorda",
    "в Петропавловске | ru | Petropavl",
    "Петропавлда | kk | Petropavl",
    "Оралда | kk | Oral",
    "в Уральске | ru | Oral",
    "Ақтөбеде | kk | Aktobe",
    "в Гурьеве | ru | Atyrau",
    "в Джамбуле | ru | Taraz",
    "в Кзыл-Орде | ru | Kyzylorda",
    "в Джезказгане | ru | Zhezkazgan",
    "Нұр-Сұлтан шаһарында | kk | Astana",
    "Нұр-Сұлтан шаhарында | kk | Astana",
  })
  void citiesInTheirCaseForms(String text, String language, String english) {
    assertThat(named(text, language)).containsExactly(english);
  }

  @Test
  void almatyCityIsNotAlmatyRegion() {
    assertThat(named("в Алматы", "ru")).containsExactly("Almaty");
    assertThat(named("Алматыда", "kk")).containsExactly("Almaty");
    assertThat(named("города Алматы", "ru")).containsExactly("Almaty");
    assertThat(named("Алматы қаласы", "kk")).containsExactly("Almaty");
    assertThat(named("Алматинский городской акимат", "ru")).containsExactly("Almaty");
    assertThat(named("Алматы облысы", "kk")).containsExactly("KZ-19");
    assertThat(named("Алматинской области", "ru")).containsExactly("KZ-19");
  }

  @Test
  void thePersonIsNotTheCity() {
    assertThat(named("Елбасы Нурсултан Назарбаев", "ru")).isEmpty();
    assertThat(named("книга Нурсултана Назарбаева", "ru")).isEmpty();
    assertThat(named("имени Д. Конаева", "ru")).isEmpty();
    assertThat(named("Каныш Сатпаев", "ru")).isEmpty();
    assertThat(named("в Сатпаеве", "ru")).containsExactly("Satpaev");
    assertThat(named("Қонаев қаласында", "kk")).containsExactly("Konaev");
  }

  @Test
  void aRegionalCapitalIsNotTheCapital() {
    assertThat(named("в столице региона", "ru")).isEmpty();
  }

  @Test
  void renamesByDate() {
    City astana = (City) find("Астана", "ru").get(0).place();
    assertThat(astana.nameOn(LocalDate.of(2018, 5, 1))).isEqualTo("Astana");
    assertThat(astana.nameOn(LocalDate.of(2019, 3, 23))).isEqualTo("Nur-Sultan");
    assertThat(astana.nameOn(LocalDate.of(2022, 9, 16))).isEqualTo("Nur-Sultan");
    assertThat(astana.nameOn(LocalDate.of(2022, 9, 17))).isEqualTo("Astana");
    assertThat(astana.english()).isEqualTo("Astana");

    City taldykorgan = (City) find("Талдыкорган", "ru").get(0).place();
    assertThat(taldykorgan.regionOn(LocalDate.of(2019, 5, 1))).isEqualTo("KZ-19");
    assertThat(taldykorgan.regionOn(LocalDate.of(2022, 6, 8))).isEqualTo("KZ-33");
    assertThat(taldykorgan.regionOn(null)).isEqualTo("KZ-33");

    City shymkent = (City) find("Шымкент", "ru").get(0).place();
    assertThat(shymkent.regionOn(LocalDate.of(2017, 3, 16))).isEqualTo("KZ-61");
    assertThat(shymkent.isRepublicanOn(LocalDate.of(2017, 3, 16))).isFalse();
    assertThat(shymkent.regionOn(LocalDate.of(2019, 1, 1))).isEqualTo("KZ-79");
    assertThat(shymkent.isRepublicanOn(LocalDate.of(2019, 1, 1))).isTrue();

    assertThat(((City) find("Семей", "ru").get(0).place()).regionOn(LocalDate.of(2023, 1, 1))).isEqualTo("KZ-10");
    assertThat(((City) find("Жезказган", "ru").get(0).place()).regionOn(LocalDate.of(2021, 1, 1))).isEqualTo("KZ-35");
    assertThat(((City) find("Конаев", "ru").get(0).place()).nameOn(LocalDate.of(2021, 1, 1))).isEqualTo("Kapshagay");
  }

  @Test
  void theCapitalByDate() {
    City almaty = (City) find("Алматы", "ru").get(0).place();
    City astana = (City) find("Астана", "ru").get(0).place();
    assertThat(almaty.isCapitalOn(LocalDate.of(1995, 6, 24))).isTrue();
    assertThat(astana.isCapitalOn(LocalDate.of(1995, 6, 24))).isFalse();
    assertThat(astana.isCapitalOn(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(almaty.isCapitalOn(null)).isFalse();
  }

  @Test
  void districtsNeedTheirWordForDistrict() {
    assertThat(named("Карасайского района", "ru")).containsExactly("Karasay");
    assertThat(named("Қарасай аудандық ассамблея", "kk")).containsExactly("Karasay");
    assertThat(named("в Ескельдинском и Алакольском районах", "ru")).containsExactly("Eskeldi", "Alakol");
    assertThat(named("Бухар-Жырауского района", "ru")).containsExactly("Bukhar-Zhyrau");
    assertThat(named("Бұқар жырау ауданы", "kk")).containsExactly("Bukhar-Zhyrau");
    assertThat(named("Қарасай батыр", "kk")).isEmpty();
  }

  @Test
  void districtRegionsByDateAndContext() {
    District eskeldi = (District) find("Ескельдинского района", "ru").get(0).place();
    assertThat(eskeldi.regionOn(LocalDate.of(2019, 3, 1), List.of())).isEqualTo("KZ-19");
    assertThat(eskeldi.regionOn(LocalDate.of(2023, 3, 1), List.of())).isEqualTo("KZ-33");

    District zhambyl = (District) find("Жамбылского района", "ru").get(0).place();
    assertThat(zhambyl.seats()).hasSize(3);
    assertThat(zhambyl.regionOn(null, List.of("KZ-59"))).isEqualTo("KZ-59");
    assertThat(zhambyl.regionOn(null, List.of("KZ-31"))).isEqualTo("KZ-31");
  }

  @Test
  void kazakhLocativeEndingsAreKept() {
    assertThat(find("Алматы облысында", "kk").get(0).ending()).isEqualTo("ында");
    assertThat(find("Алматы облысы", "kk").get(0).ending()).isEqualTo("ы");
    assertThat(find("Ақтауда", "kk").get(0).ending()).isEqualTo("да");
  }

  @Test
  void everyUnitIsThere() {
    for (String code : List.of("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35",
        "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79")) {
      assertThat(GAZETTEER.region(code)).as(code).isNotNull();
    }
    assertThat(GAZETTEER.region("KZ-19").english()).isEqualTo("Almaty Region");
  }

  @Test
  void commonWordsAreNoPlaces() {
    assertThat(named("семей участников и оралды", "kk")).isEmpty();
    assertThat(named("облигации и города", "ru")).isEmpty();
  }
}
