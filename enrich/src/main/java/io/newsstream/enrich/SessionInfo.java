package io.newsstream.enrich;

import java.time.LocalDate;

/**
 * The session an article reports on.
 *
 * @param number the session's ordinal number
 * @param level national, regional or district
 * @param region ISO 3166-2:KZ code ("KZ-19"), "KZ" for the national level; null only when a
 *     regional or district session is reported with no place named anywhere in the article
 * @param district the district's English name ("Karasay") for district sessions, else null
 * @param city where it was held, English transliteration ("Taldykorgan", "Astana"), if stated
 * @param date when it was held, if stated or resolvable from the publication date
 */
public record SessionInfo(int number, Level level, String region, String district, String city, LocalDate date) {}
