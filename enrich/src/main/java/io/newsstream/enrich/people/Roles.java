package io.newsstream.enrich.people;

import io.newsstream.enrich.tokens.Sentence;
import io.newsstream.enrich.tokens.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role stated right before a name. Russian puts the head noun first ("заместитель акима области
 * Габидулла Оспанкулов"), Kazakh last ("облыс әкімі Серік Дүйсенов"); the role is kept as written.
 */
final class Roles {
  private static final List<String> RUSSIAN_HEADS =
      List.of("президент", "председател", "сопредседател", "заместител", "замглав", "зампред", "аким",
          "депутат", "министр", "вице-министр", "руководител", "директор", "заведующ", "секретар", "член",
          "активист", "волонтер", "волонтёр", "модератор", "спикер", "ректор", "профессор", "учител",
          "педагог", "медиатор", "посол", "советник", "начальник", "лидер", "ветеран", "координатор",
          "представител", "елбасы", "мэр", "имам", "муфтий", "журналист", "корреспондент", "эксперт",
          "писател", "поэт", "артист", "студент", "автор", "организатор", "основател", "специалист");

  private static final Set<String> HEAD_WORDS = Set.of("глава", "главы", "главе", "главу", "главой");

  private static final List<String> KAZAKH_HEADS =
      List.of("төрағасы", "төрайымы", "орынбасары", "әкімі", "басшысы", "мүшесі", "меңгерушісі",
          "жетекшісі", "хатшысы", "депутаты", "министрі", "президенті", "директоры", "белсендісі",
          "ардагері", "өкілі", "сарапшысы", "мұғалімі", "қызметкері", "спикері", "модераторы", "ақыны");

  private static final Pattern RUSSIAN_VERB = Pattern.compile("\\p{Ll}+(?:л|ла|ло|ли|ся|сь|ет|ит|ут|ют|ят|ть)");
  private static final Pattern KAZAKH_PARTICIPLE = Pattern.compile("\\p{Ll}+(?:ған|ген|қан|кен|атын|етін|йтын|йтін)");
  /**
   * Verbs ("деді", "айтты", "береді", "дейді") and accusative objects ("облысты"): neither is part
   * of a role, which is a chain of nouns ("облыс әкімі", "ассамблея төрағасының орынбасары").
   */
  private static final Pattern KAZAKH_VERB_OR_OBJECT = Pattern.compile("\\p{Ll}+(?:ды|ді|ты|ті)");
  private static final Set<String> JOINERS = Set.of("және", "мен", "пен", "бен", "и");

  private static final int RUSSIAN_WINDOW = 8;
  private static final int KAZAKH_WINDOW = 6;

  private Roles() {}

  /** Whether a lower-case word is the head of a role ("председатель", "мүшесі"). */
  static boolean isRoleWord(String lower) {
    return HEAD_WORDS.contains(lower) || KAZAKH_HEADS.contains(lower)
        || RUSSIAN_HEADS.stream().anyMatch(lower::startsWith);
  }

  /** The role before the name starting at {@code start}, or null. */
  static String before(Sentence s, int start) {
    return s.isKazakh() ? kazakh(s, start) : russian(s, start);
  }

  /** From the farthest role head in the phrase before the name. */
  private static String russian(Sentence s, int start) {
    int from = -1;
    for (int k = start - 1; k >= Math.max(0, start - RUSSIAN_WINDOW); k--) {
      Token t = s.token(k);
      if (!t.isWord() || JOINERS.contains(t.lower())) {
        break;
      }
      if (isRoleWord(t.lower())) {
        from = k;
      } else if (RUSSIAN_VERB.matcher(t.text()).matches()) {
        break;
      }
    }
    return from < 0 ? null : s.text(from, start - 1);
  }

  /** The noun phrase ending with a role head right before the name. */
  private static String kazakh(Sentence s, int start) {
    if (start == 0 || !isRoleWord(s.lower(start - 1))) {
      return null;
    }
    int from = start - 1;
    for (int k = start - 2; k >= Math.max(0, start - KAZAKH_WINDOW); k--) {
      Token t = s.token(k);
      boolean sentenceStart = k == 0 && t.isCapitalized();
      if (!t.isWord() || sentenceStart || JOINERS.contains(t.lower())
          || KAZAKH_PARTICIPLE.matcher(t.text()).matches() || KAZAKH_VERB_OR_OBJECT.matcher(t.text()).matches()) {
        break;
      }
      from = k;
    }
    return s.text(from, start - 1);
  }
}
