package io.newsstream.enrich.people;

/**
 * A person of the story.
 *
 * @param name given name and surname in the nominative: "Нурсултан Назарбаев"
 * @param role the role stated next to the name, as written ("облыс әкімі", "заместитель акима
 *     области"), or null
 */
public record Person(String name, String role) {}
