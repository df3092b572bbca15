package io.newsstream.dedup.corpus;

/** Names of the many peoples of Kazakhstan, for speakers and participant lists. */
final class People {
  private static final String[] MEN = {
    "Ерлан", "Серік", "Бауыржан", "Нурлан", "Асхат", "Дмитрий", "Андрей", "Виктор", "Рустам", "Фарход",
    "Ким", "Александр", "Тимур", "Мурат", "Игорь", "Арман", "Ильяс", "Вячеслав", "Азат", "Юрий"
  };
  private static final String[] WOMEN = {
    "Гүлнар", "Айгүл", "Сауле", "Жанар", "Ольга", "Наталья", "Елена", "Динара", "Зарина", "Светлана",
    "Алия", "Мадина", "Людмила", "Гульнара", "Татьяна", "Асель", "Роза", "Ирина", "Камила", "Анна"
  };
  /** Surnames as {masculine, feminine}. */
  private static final String[][] SURNAMES = {
    {"Жумабаев", "Жумабаева"}, {"Исаев", "Исаева"}, {"Петров", "Петрова"}, {"Ким", "Ким"},
    {"Цой", "Цой"}, {"Шевчук", "Шевчук"}, {"Юсупов", "Юсупова"}, {"Ахметов", "Ахметова"},
    {"Мамедов", "Мамедова"}, {"Шмидт", "Шмидт"}, {"Сулейменов", "Сулейменова"}, {"Ковальчук", "Ковальчук"},
    {"Хасанов", "Хасанова"}, {"Байжанов", "Байжанова"}, {"Нуриев", "Нуриева"}, {"Волков", "Волкова"},
    {"Тохтаров", "Тохтарова"}, {"Есенов", "Есенова"}, {"Гаврилов", "Гаврилова"}, {"Омаров", "Омарова"},
    {"Абдуллаев", "Абдуллаева"}, {"Вебер", "Вебер"}, {"Касымов", "Касымова"}, {"Ли", "Ли"}
  };

  private People() {}

  /** A person: full name and grammatical gender. */
  record Person(String name, boolean woman) {
    /** The Russian past-tense ending that agrees with the person: "выступил" or "выступила". */
    String ru(String verb) {
      return woman ? verb + "а" : verb;
    }
  }

  static Person person(Pick pick) {
    boolean woman = pick.chance(0.45);
    String[] surname = pick.one(java.util.List.of(SURNAMES));
    return new Person(pick.one(woman ? WOMEN : MEN) + " " + surname[woman ? 1 : 0], woman);
  }
}
