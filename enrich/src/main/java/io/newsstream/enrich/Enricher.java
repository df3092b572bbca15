package io.newsstream.enrich;

import io.newsstream.enrich.dates.Dates;
import io.newsstream.enrich.gazetteer.District;
import io.newsstream.enrich.gazetteer.Gazetteer;
import io.newsstream.enrich.gazetteer.PlaceMention;
import io.newsstream.enrich.people.PeopleFinder;
import io.newsstream.enrich.people.Person;
import io.newsstream.enrich.people.PersonMention;
import io.newsstream.enrich.session.SessionReport;
import io.newsstream.enrich.session.Sessions;
import io.newsstream.enrich.tokens.Article;
import io.newsstream.enrich.tokens.Sentence;
import io.newsstream.text.KazakhScripts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Enriches an article: the Assembly session it reports on, the sessions it mentions, the people and
 * places it names. Build one (it loads the gazetteer and the names dictionary) and share it: it is
 * immutable and thread-safe. The streams app and {@code newsstream enrich} use this same class.
 */
public final class Enricher {
  private final Gazetteer gazetteer;
  private final PeopleFinder people;

  public Enricher() {
    this.gazetteer = Gazetteer.load();
    this.people = new PeopleFinder();
  }

  /**
   * Enriches one article.
   *
   * @param title the title, or null
   * @param cleanedText the text as {@code TextCleaner} leaves it (raw text works too)
   * @param publishedAt the publication date, or null; relative dates ("сегодня", "в четверг") are
   *     resolved against it, else against a dateline printed at the top of the text
   * @param language the detected language ("ru", "kk", ...) or null, a hint for short sentences
   */
  public Enrichment enrich(String title, String cleanedText, LocalDate publishedAt, String language) {
    KazakhScripts.Alphabet script = KazakhScripts.detect(Objects.requireNonNull(cleanedText, "cleanedText"));
    if (script != KazakhScripts.Alphabet.CYRILLIC) {
      // Kazakh in Latin or Arabic script: read back to Cyrillic, then enriched like Cyrillic
      title = KazakhScripts.toCyrillic(title, script);
      cleanedText = KazakhScripts.toCyrillic(cleanedText, script);
      language = "kk";
    }
    Article article = Article.of(title, cleanedText, language);
    List<List<PlaceMention>> places = new ArrayList<>();
    List<PersonMention> persons = new ArrayList<>();
    Set<String> placeNames = new LinkedHashSet<>();
    for (Sentence s : article.sentences()) {
      List<PlaceMention> found = gazetteer.find(s);
      places.add(found);
      BitSet placeTokens = new BitSet();
      for (PlaceMention p : found) {
        placeTokens.set(p.first(), p.last() + 1);
        placeNames.add(p.place() instanceof District d ? d.english() + " District" : p.place().english());
      }
      persons.addAll(people.find(s, placeTokens));
    }
    LocalDate reference = publishedAt != null ? publishedAt : Dates.dateline(article);
    SessionReport sessions = Sessions.read(article, places, reference);
    List<Person> distinct = PeopleFinder.distinct(persons);
    Map<String, String> roles = new LinkedHashMap<>();
    distinct.stream().filter(p -> p.role() != null).forEach(p -> roles.put(p.name(), p.role()));
    return new Enrichment(sessions.subject() != null, sessions.subject(), sessions.mentioned(),
        distinct.stream().map(Person::name).toList(), roles, List.copyOf(placeNames));
  }
}
