package io.newsstream.enrich;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What enrichment found in an article.
 *
 * @param isSessionReport whether the article reports on an Assembly session
 * @param session the session it reports on; null when none
 * @param mentionedSessions other sessions it refers to, in order of first mention
 * @param people people of the story, given name and surname in the nominative, in order of first
 *     mention
 * @param roles the role stated next to a person's name, as written ("облыс әкімі", "председатель
 *     Ассамблеи народа Казахстана"), keyed by the name as in {@code people}; people without a
 *     stated role are absent
 * @param places places named, English names ("Almaty Region", "Taldykorgan", "Karasay District"),
 *     in order of first mention
 */
public record Enrichment(
    boolean isSessionReport,
    SessionInfo session,
    List<SessionMentionInfo> mentionedSessions,
    List<String> people,
    Map<String, String> roles,
    List<String> places) {

  public Enrichment {
    mentionedSessions = List.copyOf(mentionedSessions);
    people = List.copyOf(people);
    roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    places = List.copyOf(places);
  }
}
