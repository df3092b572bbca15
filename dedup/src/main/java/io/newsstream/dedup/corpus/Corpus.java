package io.newsstream.dedup.corpus;

import io.newsstream.dedup.corpus.Regions.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's base articles, Russian and Kazakh, all about regional assemblies so that
 * unrelated articles share the domain's vocabulary and stock phrases, plus hard negatives: pairs
 * of different stories that share a long passage.
 *
 * @param articles every base article; each is its own story
 * @param hardNegatives pairs of article ids that share a passage but are different stories
 */
public record Corpus(List<Article> articles, List<HardNegative> hardNegatives) {
  /** Two different stories sharing a passage; {@code why} names the passage. */
  public record HardNegative(String a, String b, String why) {}

  /**
   * @param perLanguage ordinary session reports in each language
   * @param hardPerLanguage hard-negative pairs of each of the two kinds in each language
   */
  public static Corpus build(int perLanguage, int hardPerLanguage, long seed) {
    Random random = new Random(seed);
    Pick pick = new Pick(random);
    List<Article> articles = new ArrayList<>();
    List<HardNegative> hard = new ArrayList<>();
    for (String language : List.of("ru", "kk")) {
      Writer writer = new Writer(language.equals("kk") ? KazakhBank.BANK : RussianBank.BANK, pick);
      for (int i = 0; i < perLanguage; i++) {
        articles.add(writer.session(language + "-" + i, writer.story(pick.one(Regions.ALL), pick.between(10, 39))));
      }
      for (int i = 0; i < hardPerLanguage; i++) {
        // Two sessions of one assembly, a year apart, ending with the same boilerplate paragraph.
        Region region = pick.one(Regions.ALL);
        int session = pick.between(10, 38);
        int boilerplate = pick.between(0, 1);
        Writer.Story first = writer.story(region, session);
        Writer.Story next = new Writer.Story(region, Pick.roman(session + 1), writer.story(region, session).date(), first.agenda(), first.members());
        boolean brief = pick.chance(0.5);
        Article a = writer.sessionWithBoilerplate(language + "-boiler-" + i + "a", first, boilerplate, brief);
        Article b = writer.sessionWithBoilerplate(language + "-boiler-" + i + "b", next, boilerplate, brief);
        articles.add(a);
        articles.add(b);
        hard.add(new HardNegative(a.id(), b.id(), "boilerplate"));
        // One participant list under a session report and under another event.
        String list = writer.participantList();
        Article c = writer.sessionWithList(language + "-list-" + i + "a", writer.story(region, session), list);
        Article d = writer.otherEvent(language + "-list-" + i + "b", writer.story(region, session), list);
        articles.add(c);
        articles.add(d);
        hard.add(new HardNegative(c.id(), d.id(), "participants"));
      }
    }
    return new Corpus(List.copyOf(articles), List.copyOf(hard));
  }
}
