package io.newsstream.enrich.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.tokens.Article;
import io.newsstream.enrich.tokens.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleFinderTest {
  private static final PeopleFinder FINDER = new PeopleFinder();

  private static List<Person> people(String text, String language) {
    List<PersonMention> mentions = new ArrayList<>();
    for (Sentence s : Article.of(null, text, language).sentences()) {
      mentions.addAll(FINDER.find(s, new BitSet()));
    }
    return PeopleFinder.distinct(mentions);
  }

  private static List<String> names(String text, String language) {
    return people(text, language).stream().map(Person::name).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "книга Елбасы Нурсултана Назарбаева вышла | ru | Нурсултан Назарбаев",
    "Жиын Марат Сұлтанғазиевтің қатысуымен өтті | kk | Марат Сұлтанғазиев",
    "Президента Касым-Жомарта Токаева | ru | Касым-Жомарт Токаев",
    "прочитали доклад Ерлана Сапарова | ru | Ерлан Сапаров",
    "выступила депутат Алия Нурланова | ru | Алия Нурланова",
    "наградили педагога Гульнару Ахметову | ru | Гульнара Ахметова",
    "беседа с Ларисой Гончаровой | ru | Лариса Гончарова",
    "письмо Сергея Иванова | ru | Сергей Иванов",
    "вручил Игорю Петрову | ru | Игорь Петров",
    "заведующий отделом Бекзат Жолдыбай выступил | ru | Бекзат Жолдыбай",
    "председатель объединения Олег Ли | ru | Олег Ли",
    "Рустем Асановты марапаттады | kk | Рустем Асанов",
    "меңгерушісі Гүлмира Қадырованың баяндамасы | kk | Гүлмира Қадырова",
    "ҚХА мүшесі Ардақ Зейнолла, онлайн | kk | Ардақ Зейнолла",
    "выступила Айым Бекова | ru | Айым Бекова",
    "доклад Талапбека Омарова | ru | Талапбек Омаров",
    "Ерлан Болатович Сапаров выступил | ru | Ерлан Сапаров",
    "аким Елена Ковальская | ru | Елена Ковальская",
    "выступил Бауыржан Жұмаұлы | ru | Бауыржан Жұмаұлы",
  })
  void namesInTheNominative(String text, String language, String expected) {
    assertThat(names(text, language)).containsExactly(expected);
  }

  @Test
  void oneNameOnceWhateverItsForms() {
    assertThat(names("Касым-Жомарт Токаев сказал. Слова Касым-Жомарта Токаева. Касым-Жомарту Токаеву вручили.", "ru"))
        .containsExactly("Касым-Жомарт Токаев");
  }

  @Test
  void rolesStatedBeforeTheName() {
    assertThat(people("Открыл заседание заместитель акима области Габидулла Оспанкулов.", "ru"))
        .containsExactly(new Person("Габидулла Оспанкулов", "заместитель акима области"));
    assertThat(people("Сессияны облыс әкімі Серік Дүйсенов ашты.", "kk"))
        .containsExactly(new Person("Серік Дүйсенов", "облыс әкімі"));
    assertThat(people("«Бірлік басты құндылық», – деді облыс басшысы Серік Дүйсенов.", "kk"))
        .containsExactly(new Person("Серік Дүйсенов", "облыс басшысы"));
    assertThat(people("Открыл форум председатель совета — глава района Ерлан Сапаров.", "ru"))
        .containsExactly(new Person("Ерлан Сапаров", "глава района"));
    assertThat(people("В ходе заседания Ерлан Сапаров выступил.", "ru"))
        .containsExactly(new Person("Ерлан Сапаров", null));
  }

  @Test
  void peopleTheTextOnlyHonoursAreNotPeopleOfTheStory() {
    assertThat(names("В школе имени Абая Кунанбаева прошла встреча", "ru")).isEmpty();
    assertThat(names("Музеи Сакена Сейфуллина, Мухтара Ауэзова, Ивана Крылова и другие", "ru")).isEmpty();
    assertThat(names("почтили память ветеранов Петрова Ивана Сергеевича, Ким Анны Петровны", "ru")).isEmpty();
    assertThat(names("Абай Құнанбайұлы атындағы мектепте", "kk")).isEmpty();
  }

  @Test
  void wordsThatDoNotAgreeAreNoName() {
    // an unknown given name read as nominative beside a surname that cannot be nominative
    assertThat(names("активист района Рабиям Токтаровой", "ru")).isEmpty();
  }

  @Test
  void titlesAndInstitutionsAreNoNames() {
    assertThat(names("Президента Токаева поддержали", "ru")).isEmpty();
    assertThat(names("Дом дружбы Ассамблеи Казахстана", "ru")).isEmpty();
    assertThat(names("Первый Президент Елбасы", "ru")).isEmpty();
  }
}
