package io.newsstream.enrich.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.Level;
import io.newsstream.enrich.SessionInfo;
import io.newsstream.enrich.SessionMentionInfo;
import io.newsstream.enrich.gazetteer.Gazetteer;
import io.newsstream.enrich.gazetteer.PlaceMention;
import io.newsstream.enrich.tokens.Article;
import io.newsstream.enrich.tokens.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  private static SessionReport read(String title, String text, String language, LocalDate published) {
    Article article = Article.of(title, text, language);
    List<List<PlaceMention>> places = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      places.add(GAZETTEER.find(s));
    }
    return Sessions.read(article, places, published);
  }

  private static SessionReport read(String text, String language) {
    return read(null, text, language, null);
  }

  @Test
  void theSubjectAndTheSessionsItRefersTo() {
    SessionReport r = read("В Актобе проходит ХХІ сессия Ассамблеи народа Казахстана Актюбинской области. "
        + "Участники обсудили выполнение поручений, данных на XXVIII сессии АНК в городе Нур-Султане.", "ru");
    assertThat(r.subject()).isEqualTo(new SessionInfo(21, Level.REGIONAL, "KZ-15", null, "Aktobe", null));
    assertThat(r.mentioned()).containsExactly(new SessionMentionInfo(28, Level.NATIONAL, "KZ"));
  }

  @Test
  void kazakhSubjectWithALocativeRegion() {
    SessionReport r = read("Қостанай облысында Қазақстан халқы Ассамблеясының «Достық» атты ХХХ сессиясы өтті. "
        + "Ол ҚХА-ның ХХХІ сессиясында берген тапсырмаларды атап өтті.", "kk");
    assertThat(r.subject()).isEqualTo(new SessionInfo(30, Level.REGIONAL, "KZ-39", null, null, null));
    assertThat(r.mentioned()).containsExactly(new SessionMentionInfo(31, Level.NATIONAL, "KZ"));
  }

  @Test
  void nationalSessionsSitInTheCapitalWhateverItsName() {
    SessionReport r = read("XXXI сессия Ассамблеи народа Казахстана открылась в Нур-Султане",
        "В Нур-Султане открылась XXXI сессия Ассамблеи народа Казахстана.", "ru", LocalDate.of(2022, 4, 29));
    // "открылась": it has just begun, the publication's day is the session's
    assertThat(r.subject()).isEqualTo(new SessionInfo(31, Level.NATIONAL, "KZ", null, "Astana", LocalDate.of(2022, 4, 29)));
  }

  @Test
  void datesFromTheSubjectsSentences() {
    SessionReport r = read("Прошла ХХІV сессия АНК Павлодарской области",
        "Сегодня состоялась ХХІV сессия Ассамблеи народа Казахстана Павлодарской области.", "ru",
        LocalDate.of(2020, 6, 12));
    assertThat(r.subject().date()).isEqualTo("2020-06-12");
  }

  @Test
  void notEveryRomanNumeralIsASession() {
    assertThat(read("Вызовы XXI века обсудили на V Национальном курултае.", "ru").subject()).isNull();
    assertThat(read("Астанада «Нұр Отан» партиясының XVIII съезі өтті.", "kk").mentioned()).isEmpty();
    assertThat(read("В XXI веке сессия АНК прошла онлайн.", "ru").subject()).isNull();
  }

  @Test
  void sessionsOfOtherBodiesAreNoAssemblySessions() {
    SessionReport maslikhat = read("Сегодня прошла ХLV внеочередная сессия Костанайского областного маслихата. "
        + "В работе сессии приняли участие члены Ассамблеи народа Казахстана.", "ru");
    assertThat(maslikhat.subject()).isNull();
    assertThat(maslikhat.mentioned()).isEmpty();
    assertThat(read("Бүгін Қызылорда облыстық мәслихатының кезекті ХІІ сессиясы өтті.", "kk").subject()).isNull();
    assertThat(read("Президент выступил на 78-й сессии Генеральной Ассамблеи ООН.", "ru").subject()).isNull();
  }

  @Test
  void anArticleThatOnlyRefersToASessionReportsNone() {
    SessionReport r = read("В Павлодаре прошел форум. Участники обсудили реализацию поручений, озвученных на "
        + "XXXII сессии АНК.", "ru");
    assertThat(r.subject()).isNull();
    assertThat(r.mentioned()).containsExactly(new SessionMentionInfo(32, Level.NATIONAL, "KZ"));
  }

  @Test
  void districtSessionsWithTheirRegionOnTheDate() {
    String text = "В селе Карабулак прошла ХІІ сессия Ассамблеи народа Казахстана Ескельдинского района.";
    assertThat(read(null, text, "ru", LocalDate.of(2019, 3, 22)).subject())
        .isEqualTo(new SessionInfo(12, Level.DISTRICT, "KZ-19", "Eskeldi", null, null));
    assertThat(read(null, text, "ru", LocalDate.of(2023, 3, 22)).subject().region()).isEqualTo("KZ-33");
    assertThat(read("Қарасай аудандық Қазақстан халқы Ассамблеясының кезекті ХІ сессиясы Қаскелең қаласында өтті.", "kk")
        .subject()).isEqualTo(new SessionInfo(11, Level.DISTRICT, "KZ-19", "Karasay", "Kaskelen", null));
  }

  @Test
  void citiesOfRepublicanStatusHaveRegionalAssemblies() {
    assertThat(read("В Доме дружбы состоялась XXI сессия Ассамблеи народа Казахстана города Астаны.", "ru").subject())
        .isEqualTo(new SessionInfo(21, Level.REGIONAL, "KZ-71", null, "Astana", null));
    assertThat(read("В Алматы состоялась ХХ сессия Ассамблеи народа Казахстана города Алматы.", "ru").subject())
        .isEqualTo(new SessionInfo(20, Level.REGIONAL, "KZ-75", null, "Almaty", null));
  }

  @Test
  void southKazakhstanIsTurkistanRegion() {
    assertThat(read("В Шымкенте состоялась ХХ сессия Ассамблеи народа Казахстана Южно-Казахстанской области.", "ru")
        .subject().region()).isEqualTo("KZ-61");
  }

  @Test
  void notingIsNotTakingPlace() {
    // "атап өтті" (noted) ends in "өтті" (took place)
    assertThat(read("Ол ҚХА-ның ХХVІІ сессиясының маңызын атап өтті.", "kk").subject()).isNull();
  }

  @Test
  void aLookBackIsNoReport() {
    SessionReport r = read(null, "Первая сессия Ассамблеи народа Казахстана прошла 24 июня 1995 года в Алматы.", "ru",
        LocalDate.of(2020, 3, 1));
    assertThat(r.subject()).isNull();
    assertThat(r.mentioned()).containsExactly(new SessionMentionInfo(1, Level.NATIONAL, "KZ")); // Almaty was the capital
  }

  @Test
  void theOfficialNumberOutranksAnOrdinalWord() {
    SessionReport r = read("В Конаеве прошла первая сессия ассамблеи в новом составе",
        "В Конаеве прошла XXX сессия Ассамблеи народа Казахстана Алматинской области.", "ru", null);
    assertThat(r.subject().number()).isEqualTo(30);
    assertThat(r.mentioned()).isEmpty();
  }

  @Test
  void aNumberWrittenOntoTheSessionWord() {
    assertThat(read("Бүгін Павлодар облысы Қазақстан халқы Ассамблеясының 33-сессиясы өтті.", "kk").subject())
        .isEqualTo(new SessionInfo(33, Level.REGIONAL, "KZ-55", null, null, null));
  }

  @Test
  void heldIsNotLastYears() {
    // "Астанада өткен" is "held in Astana"; "өткен жылы" is "last year"
    SessionReport held = read("Мемлекет басшысы Астанада өткен Қазақстан халқы Ассамблеясының ХХХІІ сессиясында сөз сөйледі.", "kk");
    assertThat(held.subject()).isEqualTo(new SessionInfo(32, Level.NATIONAL, "KZ", null, "Astana", null));
    SessionReport lastYear = read("Олар өткен жылы ҚХА-ның ХХІІІ сессиясында сөз сөйледі.", "kk");
    assertThat(lastYear.subject()).isNull();
    assertThat(lastYear.mentioned()).containsExactly(new SessionMentionInfo(23, Level.NATIONAL, "KZ"));
  }

  @Test
  void aDistrictOfACityOfRepublicanStatus() {
    assertThat(read("Сегодня прошла Х сессия Ассамблеи народа Казахстана Алатауского района города Алматы.", "ru").subject())
        .isEqualTo(new SessionInfo(10, Level.DISTRICT, "KZ-75", "Alatau", "Almaty", null));
  }

  @Test
  void aCityOfRegionalSubordinationRanksWithDistricts() {
    assertThat(read("В Экибастузе состоялась XV сессия Ассамблеи народа Казахстана города Экибастуза.", "ru").subject())
        .isEqualTo(new SessionInfo(15, Level.DISTRICT, "KZ-55", "Ekibastuz", "Ekibastuz", null));
  }

  @Test
  void wordOrdinalsAndSuffixedDigitsNumberSessionsToo() {
    assertThat(read("Двадцать вторая сессия Ассамблеи народа Казахстана Карагандинской области прошла в Караганде.", "ru")
        .subject()).isEqualTo(new SessionInfo(22, Level.REGIONAL, "KZ-35", null, "Karaganda", null));
    assertThat(read("Қостанай облысы Қазақстан халқы Ассамблеясының 31-ші сессиясы өтті.", "kk").subject().number())
        .isEqualTo(31);
  }

  // Each input of the subject decision on its own (issue 12); the phrasings are ours, in the shape of real ones.

  @Test
  void anActionDoneAtTheSession() {
    assertThat(read("На XXV сессии Ассамблеи народа Казахстана Глава государства предложил новую концепцию.", "ru")
        .subject()).isEqualTo(new SessionInfo(25, Level.NATIONAL, "KZ", null, null, null));
    assertThat(read("Бұл туралы Елбасы елордада ҚХА-ның XXIX сессиясында айтты.", "kk").subject().number()).isEqualTo(29);
    // "в ходе" and a speaker far before: still done at it
    assertThat(read("Единство - наша сила, сказал Глава государства, председатель АНК Нурсултан Назарбаев "
        + "в ходе XXII сессии Ассамблеи народа Казахстана.", "ru").subject().number()).isEqualTo(22);
  }

  @Test
  void aPhotoReportFromTheSession() {
    assertThat(read("Фоторепортаж с XXX сессии АНК", "Участники сессии в национальных костюмах.", "ru", null)
        .subject()).isEqualTo(new SessionInfo(30, Level.NATIONAL, "KZ", null, null, null));
  }

  @Test
  void aSessionCarriedByAHeadNoun() {
    assertThat(read("Заседание XXV сессии областной АНК прошло в филармонии.", "ru").subject().number()).isEqualTo(25);
    assertThat(read("Глава государства открыл заседание XXXIII сессии Ассамблеи народа Казахстана.", "ru")
        .subject().number()).isEqualTo(33);
    assertThat(read("Астанада ҚХА-ның XXXIV сессиясының пленарлық отырысы басталды.", "kk").subject().number()).isEqualTo(34);
  }

  @Test
  void takingPartInAnInterviewAndWithAParticipant() {
    assertThat(read("ҚХА-ның XXXII сессиясының отырысына алғаш рет қатысып отырмын, - деді ол.", "kk").subject().number())
        .isEqualTo(32);
    assertThat(read("Мемлекет басшысының қатысуымен ҚХА-ның XXXII сессиясы жұмысын жалғастыруда.", "kk").subject().number())
        .isEqualTo(32);
    assertThat(read("Напомним, в XXII сессии Ассамблеи народа Казахстана принимают участие 1500 человек.", "ru")
        .subject().number()).isEqualTo(22);
  }

  @Test
  void aSessionGoingOnIsDatedTheDayOfPublication() {
    LocalDate published = LocalDate.of(2021, 1, 11);
    assertThat(read(null, "Елордада Қазақстан халқы Ассамблеясының XXVIII сессиясы өтіп жатыр.", "kk", published)
        .subject()).isEqualTo(new SessionInfo(28, Level.NATIONAL, "KZ", null, "Astana", published));
    // taken place, no date stated: not dated
    assertThat(read(null, "Қазақстан халқы Ассамблеясының XXVIII сессиясы өтті.", "kk", published).subject().date()).isNull();
  }

  @Test
  void aRegionalAssemblyNamedByTheRegionsAdjective() {
    assertThat(read("Сегодня прибыли делегаты, приехавшие на XIX сессию Павлодарской ассамблеи народа Казахстана, "
        + "которая прошла в Павлодаре.", "ru").subject())
        .isEqualTo(new SessionInfo(19, Level.REGIONAL, "KZ-55", null, "Pavlodar", null));
    assertThat(read("Облыстық кеңесінің үшінші сессиясына Қазақстан халқы Ассамблеясының мүшелері жиналды.", "kk")
        .mentioned()).isEmpty();
  }

  @Test
  void regionalNotDistrictWhenTheCityIsTheRegionsCentre() {
    assertThat(read("В Туркестане прошла XXVI сессия областной АНК на тему «Ел бақыты – еңбек пен бірлікте».", "ru")
        .subject()).isEqualTo(new SessionInfo(26, Level.REGIONAL, "KZ-61", null, "Turkistan", null));
    assertThat(read("Ұйғыр аудандық Қазақстан халқы Ассамблеясының І сессиясы өтті.", "kk").subject().level())
        .isEqualTo(Level.DISTRICT);
  }

  @Test
  void anOrdinalWordInKazakh() {
    assertThat(read("ҚХА-ның екінші сессиясы Ақтөбеде өтті.", "kk").subject().number()).isEqualTo(2);
  }

  @Test
  void pastMarksOutweighAnAction() {
    SessionReport r = read("В Талдыкоргане проходит ХХV сессия ассамблеи народа Казахстана Алматинской области. "
        + "Он отметил, что главное - реализация поручений, данных на XXVII сессии АНК.", "ru");
    assertThat(r.subject().number()).isEqualTo(25);
    assertThat(r.mentioned()).containsExactly(new SessionMentionInfo(27, Level.NATIONAL, "KZ"));
  }

  @Test
  void anOutcomeNamedBySomeoneAtTheSessionStillReportsIt() {
    // "поручения" weighs less than "данных на": the instructions given there, reported the next day
    assertThat(read("7 главных поручений Президента на ХХII сессии Ассамблеи народа Казахстана",
        "Глава государства озвучил 7 поручений на ХХII сессии Ассамблеи народа Казахстана.", "ru", null)
        .subject().number()).isEqualTo(22);
  }

  @Test
  void theTitleRepeatedInTheTextIsNotTheSessionNamedAgain() {
    String title = "В Конаеве прошла первая сессия ассамблеи в новом составе";
    assertThat(read(title, title + "\nВ Конаеве прошла XXX сессия Ассамблеи народа Казахстана Алматинской области.",
        "ru", null).subject().number()).isEqualTo(30);
  }

  @Test
  void kazakhInLatinScriptIsReadLikeCyrillic() {
    io.newsstream.enrich.Enrichment e = new io.newsstream.enrich.Enricher().enrich(null,
        "Kökşetauda ötken Aqmola oblystyq Qazaqstan halqy Assambleiasynyŋ XXVIII sessiiasy boldy.", null, "tr");
    assertThat(e.session()).isEqualTo(new SessionInfo(28, Level.REGIONAL, "KZ-11", null, "Kokshetau", null));
  }

  @Test
  void theDateOfTheSessionNamedWithoutItsNumber() {
    SessionReport r = read("Свыше 1500 делегатов примут участие в XXI сессии Ассамблеи народа Казахстана",
        "В предстоящей сессии Ассамблеи народа Казахстана, которая пройдет 18 апреля, примут участие 1500 человек. "
            + "21-ая сессия пройдет во Дворце Независимости.", "ru", LocalDate.of(2014, 3, 26));
    assertThat(r.subject().date()).isEqualTo("2014-04-18");
    // not from a sentence that numbers another session, nor from a past one
    assertThat(read(null, "В XXX сессии примут участие 100 человек. На прошлой сессии АНК 25 апреля выступил аким. "
        + "Он сказал, что XXX сессия пройдет в мае.", "ru", LocalDate.of(2021, 5, 3)).subject().date()).isNull();
  }
}
