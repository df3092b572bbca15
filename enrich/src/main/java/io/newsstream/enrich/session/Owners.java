package io.newsstream.enrich.session;

import io.newsstream.enrich.gazetteer.PlaceMention;
import io.newsstream.enrich.morphology.KazakhSuffixes;
import io.newsstream.enrich.tokens.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The owner of an assembly or session phrase: the places and level adjectives that say whose it is.
 * Russian puts them after the noun in the genitive ("сессия Ассамблеи народа Казахстана Актюбинской
 * области"), Kazakh before it ("Ақтөбе облысы ҚХА-ның сессиясы"). A place with a locative ending
 * ("Алматы облысында") or after "в" says where, not whose.
 *
 * @param places the places that own the phrase
 * @param generic a level adjective without a place ("облыстық"), or null
 * @param start index of the phrase's first token (with the owner)
 * @param end index of the phrase's last token (with the owner)
 */
record Owners(List<PlaceMention> places, Lexicon.Generic generic, int start, int end) {
  private static final int REACH = 14;
  private static final Set<String> KAZAKH_TITLE_WORDS = Set.of("атты", "тақырыбындағы", "тақырыбында");

  /** The owner written after a Russian noun ending at {@code from - 1}. */
  static Owners after(Sentence s, List<PlaceMention> places, int from) {
    List<PlaceMention> owners = new ArrayList<>();
    Lexicon.Generic generic = null;
    int k = from;
    while (k < s.size() && k < from + REACH) {
      PlaceMention p = startingAt(places, k);
      if (p != null) {
        owners.add(p);
        generic = genericIn(s, p.first(), p.last(), generic);
        k = p.last() + 1;
        continue;
      }
      if (!isOwnerWord(s, k)) {
        break;
      }
      generic = genericIn(s, k, k, generic);
      k++;
    }
    return new Owners(owners, generic, from, k - 1);
  }

  /** The owner written before a Kazakh noun starting at {@code from + 1}. */
  static Owners before(Sentence s, List<PlaceMention> places, int from) {
    List<PlaceMention> owners = new ArrayList<>();
    Lexicon.Generic generic = null;
    int k = from;
    while (k >= 0 && k > from - REACH) {
      int partner = s.quotePartner(k);
      if (partner >= 0 && partner < k) {
        k = partner - 1; // «...» атты: a quoted title
        continue;
      }
      PlaceMention p = endingAt(places, k);
      if (p != null) {
        if (isLocative(s, p)) {
          break;
        }
        owners.add(p);
        generic = genericIn(s, p.first(), p.last(), generic);
        k = p.first() - 1;
        continue;
      }
      if (!isOwnerWord(s, k) && !Lexicon.isFiller(s.lower(k)) && !KAZAKH_TITLE_WORDS.contains(s.lower(k))) {
        break;
      }
      generic = genericIn(s, k, k, generic);
      k--;
    }
    return new Owners(owners, generic, k + 1, from);
  }

  /** Whether the place says where something is: Kazakh locative ending, Russian "в"/"во" before it. */
  static boolean isLocative(Sentence s, PlaceMention p) {
    if (s.isKazakh()) {
      return KazakhSuffixes.isLocative(p.ending());
    }
    String before = s.lower(p.first() - 1);
    return before.equals("в") || before.equals("во");
  }

  private static PlaceMention startingAt(List<PlaceMention> places, int k) {
    return places.stream().filter(p -> p.first() == k).findFirst().orElse(null);
  }

  private static PlaceMention endingAt(List<PlaceMention> places, int k) {
    return places.stream().filter(p -> p.last() == k).findFirst().orElse(null);
  }

  /** Words an owner phrase is made of besides places: the Assembly's name, level adjectives, abbreviations. */
  private static boolean isOwnerWord(Sentence s, int k) {
    String lower = s.lower(k);
    return Body.isAssembly(lower) || Lexicon.isAssemblyName(lower) || Lexicon.generic(lower) != null
        || s.token(k).isAllCaps();
  }

  private static Lexicon.Generic genericIn(Sentence s, int first, int last, Lexicon.Generic found) {
    for (int k = first; k <= last && found == null; k++) {
      found = Lexicon.generic(s.lower(k));
    }
    return found;
  }
}
