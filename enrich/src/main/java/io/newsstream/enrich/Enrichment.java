package io.newsstream.enrich;

import java.util.List;

/**
 * What enrichment found in an article.
 *
 * @param isSessionReport whether the article reports on an Assembly session
 * @param session the session it reports on; null when none
 * @param mentionedSessions other sessions it refers to, in order of first mention
 * @param people people of the story, given name and surname in the nominative, in order of first
 *     mention
 * @param places places named, English names ("Almaty Region", "Taldykorgan", "Karasay District"),
 *     in order of first mention
 */
public record Enrichment(
    boolean isSessionReport,
    SessionInfo session,
    List<SessionMentionInfo> mentionedSessions,
    List<String> people,
    List<String> places) {

  public Enrichment {
    mentionedSessions = List.copyOf(mentionedSessions);
    people = List.copyOf(people);
    places = List.copyOf(places);
  }
}
