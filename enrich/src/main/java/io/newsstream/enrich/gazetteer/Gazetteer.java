package io.newsstream.enrich.gazetteer;

import io.newsstream.enrich.morphology.NameForms;
import io.newsstream.enrich.tokens.Sentence;
import io.newsstream.enrich.tokens.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds places in sentences. Loaded once from the TSV resources; immutable and thread-safe.
 *
 * <p>A name is a region only next to a word for "region" ("Алматы облысы", "области Жетісу") or as
 * a Russian adjective ("Алматинской"); bare it is the city ("в Алматы", "Алматыда"). District names
 * need their word for "district" too. Names that are also people's ("Нурсултан") are not the city
 * next to another name ("Нурсултан Назарбаев").
 */
public final class Gazetteer {
  private enum Kind { REGION, CITY, DISTRICT }

  /** A name of a place, as lower-case base forms of its words. */
  private record Name(List<String> words, Place place, Kind kind, boolean common, boolean personal) {}

  /** A Russian adjective stem; common ones ("столичн") name the place in lower case too. */
  private record Adjective(String stem, Place place, Kind kind, boolean common) {}

  /** Common nouns that name the capital, unless a region's capital is meant ("столица региона"). */
  private static final Set<String> NOT_THE_CAPITAL_AFTER = Set.of("регион", "област", "облыс");

  private final Map<String, Region> regions;
  private final Map<String, Region> abbreviations;
  private static final int PREFIX_LENGTH = 2;

  private final Map<String, List<Name>> namesByPrefix;
  /** By the first letters of their stems: every word is looked up, and few share a stem's start. */
  private final Map<String, List<Adjective>> adjectivesByPrefix;

  private Gazetteer(Map<String, Region> regions, Map<String, Region> abbreviations,
      List<Name> names, List<Adjective> adjectives) {
    this.regions = Map.copyOf(regions);
    this.abbreviations = Map.copyOf(abbreviations);
    Map<String, List<Name>> byPrefix = new HashMap<>();
    names.stream()
        .sorted(Comparator.comparingInt((Name n) -> -n.words().size()))
        .forEach(n -> byPrefix.computeIfAbsent(prefix(n.words().get(0)), k -> new ArrayList<>()).add(n));
    byPrefix.replaceAll((k, v) -> List.copyOf(v));
    this.namesByPrefix = Map.copyOf(byPrefix);
    Map<String, List<Adjective>> adjectivesByStart = new HashMap<>();
    for (Adjective a : adjectives) {
      if (a.stem().length() < PREFIX_LENGTH) {
        throw new IllegalArgumentException("an adjective stem needs " + PREFIX_LENGTH + " letters: " + a.stem());
      }
      adjectivesByStart.computeIfAbsent(prefix(a.stem()), k -> new ArrayList<>()).add(a);
    }
    adjectivesByStart.replaceAll((k, v) -> List.copyOf(v));
    this.adjectivesByPrefix = Map.copyOf(adjectivesByStart);
  }

  /** Loads the gazetteer from its resources. */
  public static Gazetteer load() {
    Map<String, Region> regions = new LinkedHashMap<>();
    Map<String, Region> abbreviations = new HashMap<>();
    List<Name> names = new ArrayList<>();
    List<Adjective> adjectives = new ArrayList<>();
    for (String[] row : Tsv.read("regions.tsv", 5)) {
      Region region = new Region(row[0], row[1]);
      regions.put(region.code(), region);
      Tsv.list(row[2]).forEach(stem -> adjectives.add(adjective(stem, region, Kind.REGION)));
      Tsv.list(row[3]).forEach(name -> names.add(name(name, region, Kind.REGION, Set.of())));
      Tsv.list(row[4]).forEach(abbreviation -> abbreviations.put(abbreviation, region));
    }
    for (String[] row : Tsv.read("cities.tsv", 7)) {
      String history = row[5] == null || row[5].isBlank() ? row[0] : row[5];
      String capital = row[6] == null || row[6].isBlank() ? "no" : row[6];
      City city = new City(row[0], Timeline.parse(row[1]), Timeline.parse(history), Timeline.parse(capital));
      Set<String> personal = Set.copyOf(Tsv.list(row[4]));
      Tsv.list(row[2]).forEach(name -> names.add(name(name, city, Kind.CITY, personal)));
      Tsv.list(row[3]).forEach(stem -> adjectives.add(adjective(stem, city, Kind.CITY)));
    }
    Map<String, List<String[]>> districtRows = new LinkedHashMap<>();
    for (String[] row : Tsv.read("districts.tsv", 4)) {
      districtRows.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
    }
    districtRows.forEach((english, rows) -> {
      District district = new District(english, rows.stream().map(r -> Timeline.parse(r[1])).toList());
      rows.stream().flatMap(r -> Tsv.list(r[2]).stream()).distinct()
          .forEach(stem -> adjectives.add(adjective(stem, district, Kind.DISTRICT)));
      rows.stream().flatMap(r -> Tsv.list(r[3]).stream()).distinct()
          .forEach(name -> names.add(name(name, district, Kind.DISTRICT, Set.of())));
    });
    return new Gazetteer(regions, abbreviations, names, adjectives);
  }

  /** The unit of this ISO code ("KZ-19"); null if there is none. */
  public Region region(String code) {
    return regions.get(code);
  }

  /** The places named in a sentence, in order, none overlapping. */
  public List<PlaceMention> find(Sentence sentence) {
    List<PlaceMention> found = new ArrayList<>();
    int i = 0;
    while (i < sentence.size()) {
      PlaceMention m = sentence.token(i).isWord() ? matchAt(sentence, i) : null;
      if (m != null) {
        found.add(m);
        i = m.last() + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  private PlaceMention matchAt(Sentence s, int i) {
    PlaceMention m = abbreviation(s, i);
    if (m == null) {
      m = adjective(s, i);
    }
    if (m == null) {
      m = designatorFirst(s, i);
    }
    return m != null ? m : name(s, i);
  }

  /** "ВКО", "ШҚО-ның". */
  private PlaceMention abbreviation(Sentence s, int i) {
    String text = s.token(i).text();
    int hyphen = text.indexOf('-');
    Region region = abbreviations.get(hyphen > 0 ? text.substring(0, hyphen) : text);
    return region == null ? null : new PlaceMention(region, i, i, hyphen > 0 ? s.lower(i).substring(hyphen + 1) : "");
  }

  /**
   * "Алматинской области", "Карасайского района", "Алматинский городской", and adjectives standing
   * alone ("Акмолинской ассамблеи"), which mean the region. In "Ескельдинском и Алакольском районах"
   * both adjectives see the one designator.
   */
  private PlaceMention adjective(Sentence s, int i) {
    boolean upper = s.token(i).startsUpper();
    List<Adjective> candidates = adjectivesOf(s.lower(i)).stream()
        .filter(a -> (upper || a.common()) && NameForms.adjectiveEnding(s.lower(i), a.stem()) != null)
        .toList();
    if (candidates.isEmpty()) {
      return null;
    }
    int j = i + 1;
    while (j <= i + 4 && (Set.of("и", ",", "және").contains(s.lower(j)) || isAdjectiveOfPlace(s.lower(j)))) {
      j++;
    }
    Designator designator = Designator.of(s.lower(j));
    Kind wanted = designator == null ? null : Kind.valueOf(designator.name());
    for (Kind kind : wanted == null ? List.of(Kind.REGION, Kind.CITY) : List.of(wanted)) {
      for (Adjective a : candidates) {
        if (a.kind() == kind) {
          int last = wanted != null && j == i + 1 ? j : i;
          return new PlaceMention(a.place(), i, last, "");
        }
      }
    }
    return null;
  }

  private boolean isAdjectiveOfPlace(String lower) {
    return adjectivesOf(lower).stream().anyMatch(a -> NameForms.adjectiveEnding(lower, a.stem()) != null);
  }

  /** The adjectives whose stem could start {@code lower}. */
  private List<Adjective> adjectivesOf(String lower) {
    return adjectivesByPrefix.getOrDefault(prefix(lower), List.of());
  }

  /** Russian order: "области Жетісу", "города Алматы", "г. Астана", "района имени Габита Мусрепова". */
  private PlaceMention designatorFirst(Sentence s, int i) {
    Designator designator = Designator.of(s.lower(i));
    if (designator == null) {
      return null;
    }
    int j = i + 1;
    if (s.lower(j).equals(".") || s.lower(j).equals("имени")) {
      j++;
    }
    if (j >= s.size() || !s.token(j).startsUpper()) {
      return null;
    }
    Kind kind = Kind.valueOf(designator.name());
    for (Name name : namesAt(s, j)) {
      String ending = ending(s, j, name);
      if (name.kind() == kind && ending != null) {
        return new PlaceMention(name.place(), i, j + name.words().size() - 1, ending);
      }
    }
    return null;
  }

  /** Kazakh order and bare city names: "Алматы облысында", "Түркістан қаласы", "Талдыкоргане". */
  private PlaceMention name(Sentence s, int i) {
    Token first = s.token(i);
    for (Name name : namesAt(s, i)) {
      String ending = ending(s, i, name);
      if (ending == null || !name.common() && !first.startsUpper()) {
        continue;
      }
      int end = i + name.words().size() - 1;
      Designator designator = Designator.of(s.lower(end + 1));
      // Kazakh "Алматы облысы": the name before its designator is bare ("Қызылордада облыстық" is two things)
      if (designator != null && ending.isEmpty() && Kind.valueOf(designator.name()) == name.kind()) {
        return new PlaceMention(name.place(), i, end + 1, designator.ending(s.lower(end + 1)));
      }
      boolean bareCity = name.kind() == Kind.CITY && (designator == null || !ending.isEmpty());
      if (bareCity && !standsForSomethingElse(s, i, end, name)) {
        return new PlaceMention(name.place(), i, end, ending);
      }
    }
    return null;
  }

  /** A person's name beside another name; "столица" of a region. */
  private static boolean standsForSomethingElse(Sentence s, int i, int end, Name name) {
    if (name.personal()) {
      boolean initialBefore = i > 1 && s.lower(i - 1).equals(".") && s.token(i - 2).text().length() == 1;
      boolean nameBefore = i > 0 && s.token(i - 1).isCapitalized() || initialBefore;
      boolean nameAfter = end + 1 < s.size() && s.token(end + 1).isCapitalized();
      return nameBefore || nameAfter;
    }
    if (name.common()) {
      String next = s.lower(end + 1);
      return NOT_THE_CAPITAL_AFTER.stream().anyMatch(next::startsWith);
    }
    return false;
  }

  private List<Name> namesAt(Sentence s, int i) {
    return namesByPrefix.getOrDefault(prefix(s.lower(i)), List.of());
  }

  /** The ending of the name's last word in the sentence, or null when the words do not match. */
  private static String ending(Sentence s, int i, Name name) {
    String ending = null;
    for (int k = 0; k < name.words().size(); k++) {
      ending = NameForms.ending(s.lower(i + k), name.words().get(k));
      if (ending == null) {
        return null;
      }
    }
    return ending;
  }

  private static Adjective adjective(String written, Place place, Kind kind) {
    boolean common = written.startsWith("~");
    return new Adjective(common ? written.substring(1) : written, place, kind, common);
  }

  private static Name name(String written, Place place, Kind kind, Set<String> personal) {
    boolean common = written.startsWith("~");
    String base = common ? written.substring(1) : written;
    return new Name(List.of(base.split(" ")), place, kind, common, personal.contains(base));
  }

  private static String prefix(String lower) {
    return lower.substring(0, Math.min(PREFIX_LENGTH, lower.length()));
  }
}
