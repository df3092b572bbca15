package io.newsstream.dedup.corpus;

import io.newsstream.dedup.corpus.People.Person;
import io.newsstream.dedup.corpus.Regions.Region;
import io.newsstream.text.TextMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes articles in one language from its {@link Bank}: same domain, same stock phrases, different stories. */
final class Writer {
  private final Bank bank;
  private final Pick pick;

  Writer(Bank bank, Pick pick) {
    this.bank = bank;
    this.pick = pick;
  }

  /** What one story is about. */
  record Story(Region region, String number, String date, String agenda, int members) {}

  Story story(Region region, int session) {
    String date = String.format(bank.dateFormat(), pick.between(1, 28), pick.one(bank.months()), pick.between(2015, 2024));
    return new Story(region, Pick.roman(session), date, pick.one(bank.agendas()), pick.between(18, 60));
  }

  /** A session report of four to nine paragraphs. */
  Article session(String id, Story story) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(lead(story));
    paragraphs.add(opener(story));
    int speakers = pick.between(1, 4);
    for (int i = 0; i < speakers; i++) {
      paragraphs.add(speaker(story));
    }
    if (pick.chance(0.5)) {
      paragraphs.add(String.format(bank.participantsFormat(), String.join(", ", pick.some(pick.between(3, 6), bank.groups()))));
    }
    String ending = (pick.chance(0.7) ? pick.one(bank.resolutions()) + " " : "") + (pick.chance(0.5) ? pick.one(bank.awards()) + " " : "");
    if (pick.chance(0.6)) {
      ending += pick.one(bank.closings());
    }
    if (!ending.isBlank()) {
      paragraphs.add(ending.strip());
    }
    return new Article(id, fill(pick.one(bank.titles()), story, null), String.join("\n", paragraphs));
  }

  /**
   * A session report of at least {@code minBytes} bytes of UTF-8 text: as many speakers as it
   * takes, as the report of a long session has. The feed of the load benchmark is made of these.
   */
  Article report(String id, Story story, int minBytes) {
    List<String> paragraphs = new ArrayList<>(List.of(lead(story), opener(story)));
    int bytes = utf8Length(paragraphs);
    while (bytes < minBytes) {
      String paragraph = pick.chance(0.15)
          ? String.format(bank.participantsFormat(), String.join(", ", pick.some(pick.between(3, 6), bank.groups())))
          : speaker(story);
      paragraphs.add(paragraph);
      bytes += utf8Length(List.of(paragraph)) + 1;
    }
    paragraphs.add(pick.one(bank.resolutions()) + " " + pick.one(bank.closings()));
    return new Article(id, fill(pick.one(bank.titles()), story, null), String.join("\n", paragraphs));
  }

  private static int utf8Length(List<String> paragraphs) {
    return (int) TextMeasure.utf8Length(String.join("\n", paragraphs));
  }

  /**
   * A session report ending with the assembly's boilerplate paragraph, the same in every report of
   * that assembly; short reports make the boilerplate a large share of the text.
   */
  Article sessionWithBoilerplate(String id, Story story, int boilerplate, boolean brief) {
    List<String> paragraphs = new ArrayList<>(List.of(lead(story)));
    if (!brief) {
      paragraphs.add(opener(story));
    }
    paragraphs.add(speaker(story));
    paragraphs.add(fill(bank.boilerplates()[boilerplate], story, null));
    return new Article(id, fill(pick.one(bank.titles()), story, null), String.join("\n", paragraphs));
  }

  /** Another kind of event (round table, awards, festival) with a given list of participants. */
  Article otherEvent(String id, Story story, String participantList) {
    int kind = pick.between(0, bank.otherStoryTitles().length - 1);
    List<String> paragraphs = new ArrayList<>(List.of(fill(bank.otherStoryLeads()[kind], story, null)));
    paragraphs.add(speaker(story));
    paragraphs.add(participantList);
    return new Article(id, fill(bank.otherStoryTitles()[kind], story, null), String.join("\n", paragraphs));
  }

  /** A session report whose participants are the given list. */
  Article sessionWithList(String id, Story story, String participantList) {
    List<String> paragraphs = new ArrayList<>(List.of(lead(story), speaker(story), participantList));
    return new Article(id, fill(pick.one(bank.titles()), story, null), String.join("\n", paragraphs));
  }

  /** "Participants: name, role; name, role; ..." with eight to twelve people. */
  String participantList() {
    int n = pick.between(8, 12);
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      entries.add(People.person(pick).name() + ", " + pick.one(bank.roles()));
    }
    return bank.listIntro() + " " + entries.stream().collect(Collectors.joining("; ")) + ".";
  }

  private String lead(Story story) {
    String lead = fill(pick.one(bank.leads()), story, null);
    return pick.chance(0.6) ? lead + " " + pick.one(bank.leadExtras()) : lead;
  }

  private String opener(Story story) {
    Person person = People.person(pick);
    String opener = fill(pick.one(bank.openers()), story, person);
    return pick.chance(0.6) ? opener + " " + fill(pick.one(bank.claims()), story, person) : opener;
  }

  private String speaker(Story story) {
    Person person = People.person(pick);
    StringBuilder paragraph = new StringBuilder(fill(pick.one(bank.speakerIntros()), story, person));
    for (String claim : pick.some(pick.between(1, 3), bank.claims())) {
      paragraph.append(' ').append(fill(claim, story, person));
    }
    return paragraph.toString();
  }

  private String fill(String template, Story story, Person person) {
    String text =
        template
            .replace("{of}", bank == KazakhBank.BANK ? story.region().kk() : story.region().ruOf())
            .replace("{in}", bank == KazakhBank.BANK ? story.region().kkIn() : story.region().ruIn())
            .replace("{num}", story.number())
            .replace("{date}", story.date())
            .replace("{agenda}", story.agenda())
            .replace("{n}", Integer.toString(story.members()));
    if (person != null) {
      String role = pick.one(bank.roles());
      text = text.replace("{role}", role).replace("{name}", person.name());
      text = text.replace("{Он}", person.woman() ? "Она" : "Он").replace("{его}", person.woman() ? "её" : "его");
      while (text.contains("{V:")) {
        int start = text.indexOf("{V:");
        int end = text.indexOf('}', start);
        text = text.substring(0, start) + person.ru(text.substring(start + 3, end)) + text.substring(end + 1);
      }
    }
    return capitalise(text);
  }

  /** Roles open some sentences: "заместитель акима..." becomes "Заместитель акима...". */
  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
