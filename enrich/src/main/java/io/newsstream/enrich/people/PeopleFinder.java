package io.newsstream.enrich.people;

import io.newsstream.enrich.tokens.Sentence;
import io.newsstream.enrich.tokens.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people of a story: two capitalised words that read as a given name and a surname
 * agreeing in gender and case, accepted when the surname has a surname suffix, the given name is a
 * known first name, or a role stands right before ("мүшесі Ардақ Зейнолла"). Built once; thread-safe.
 */
public final class PeopleFinder {
  /** Stems of words that start a name-like pair without being a name: titles, institutions. */
  private static final List<String> NOT_NAMES =
      List.of("президент", "председател", "глава", "главы", "аким", "әкім", "елбасы", "премьер", "министр",
          "депутат", "ассамбле", "казахстан", "қазақстан", "республик", "мемлекет", "дворец", "дворц",
          "парламент", "мажилис", "мәжіліс", "сенат", "правительств", "үкімет", "совет", "кеңес", "комитет",
          "центр", "орталы", "управлени", "секретариат", "администрац", "университет", "первый", "первого");

  /** Short words that start a name-like pair: pronouns, "Дом дружбы", "Ұлы Абай". */
  private static final Set<String> NOT_NAME_WORDS =
      Set.of("он", "она", "они", "ол", "олар", "это", "также", "дом", "дома", "доме", "ұлы");

  /**
   * Stems of words right before a name that mean the text honours the person ("имени Абая
   * Кунанбаева", "музей Мухтара Ауэзова"), not that the person takes part.
   */
  private static final List<String> HONOURS_RIGHT_BEFORE =
      List.of("имени", "музе", "улиц", "проспект", "мемориал", "мұражай", "ескерткіш");

  /** Stems that honour from a little further: "почтили память ветерана Ивана Петрова". */
  private static final List<String> HONOURS_NEAR_BEFORE = List.of("памят");

  /** Words after a name with the same meaning, in Kazakh order ("Абай атындағы"). */
  private static final List<String> HONOURS_AFTER =
      List.of("атындағы", "көшесі", "даңғылы", "ауданы", "ауданының", "ауданында", "мұражайы", "ескерткіші");

  private static final Set<String> LIST_JOINERS = Set.of(",", "и", "және", "мен", "пен", "бен");

  private final GivenNames givenNames;
  private final FullNames fullNames;

  public PeopleFinder() {
    this.givenNames = GivenNames.load();
    this.fullNames = new FullNames(givenNames);
  }

  /**
   * The people named in a sentence, in order.
   *
   * @param places tokens that name places, which are never part of a name
   */
  public List<PersonMention> find(Sentence s, BitSet places) {
    List<PersonMention> found = new ArrayList<>();
    int honouredEnd = -10;
    int i = 0;
    while (i + 1 < s.size()) {
      if (!isNameWord(s, i, places) || !isNameWord(s, i + 1, places)) {
        i++;
        continue;
      }
      int givenAt = i;
      int surnameAt = i + 1;
      int end = i + 1;
      if (isNameWord(s, i + 2, places) && Surnames.isPatronymic(s.token(i + 1).text())) {
        surnameAt = i + 2; // Ерлан Болатович Сапаров
        end = i + 2;
      } else if (isNameWord(s, i + 2, places) && Surnames.isPatronymic(s.token(i + 2).text())) {
        givenAt = i + 1; // Петрова Ивана Сергеевича
        surnameAt = i;
        end = i + 2;
      }
      boolean listOfHonoured = i == honouredEnd + 2 && LIST_JOINERS.contains(s.lower(honouredEnd + 1));
      if (listOfHonoured || honouredBefore(s, i) || startsWithAny(s.lower(end + 1), HONOURS_AFTER)) {
        honouredEnd = end;
        i = end + 1;
        continue;
      }
      String given = s.token(givenAt).text();
      String surname = s.token(surnameAt).text();
      String name = fullNames.nominative(given, surname, s.isKazakh());
      boolean credible = Surnames.hasSuffix(surname, s.isKazakh()) || givenNames.isKnown(given)
          || Roles.isRoleWord(s.lower(i - 1));
      if (name == null || !credible) {
        i++;
        continue;
      }
      found.add(new PersonMention(new Person(name, Roles.before(s, i)), i, end));
      i = end + 1;
    }
    return found;
  }

  /** The distinct people of many mentions, in order of first mention, each with the first role stated. */
  public static List<Person> distinct(List<PersonMention> mentions) {
    Map<String, Person> people = new LinkedHashMap<>();
    for (PersonMention m : mentions) {
      Person known = people.get(m.person().name());
      if (known == null || known.role() == null && m.person().role() != null) {
        people.put(m.person().name(), m.person());
      }
    }
    return List.copyOf(people.values());
  }

  private static boolean isNameWord(Sentence s, int i, BitSet places) {
    if (i >= s.size() || places.get(i)) {
      return false;
    }
    Token t = s.token(i);
    return t.isCapitalized() && Character.UnicodeScript.of(t.text().codePointAt(0)) == Character.UnicodeScript.CYRILLIC
        && !NOT_NAME_WORDS.contains(t.lower()) && !startsWithAny(t.lower(), NOT_NAMES);
  }

  /** An honouring word before the name; initials ("имени Д. Кунаева") may stand between. */
  private static boolean honouredBefore(Sentence s, int i) {
    int k = i - 1;
    while (k >= 1 && (s.lower(k).equals(".") || s.token(k).text().length() == 1 && s.token(k).startsUpper())) {
      k--;
    }
    if (s.lower(k).equals("им") || startsWithAny(s.lower(k), HONOURS_RIGHT_BEFORE)) {
      return true;
    }
    for (int j = i - 1; j >= Math.max(0, i - 3) && s.token(j).isWord(); j--) {
      if (startsWithAny(s.lower(j), HONOURS_NEAR_BEFORE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String word, List<String> prefixes) {
    return prefixes.stream().anyMatch(word::startsWith);
  }
}
