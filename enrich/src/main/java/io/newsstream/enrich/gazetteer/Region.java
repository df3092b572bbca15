package io.newsstream.enrich.gazetteer;

/**
 * A unit of ISO 3166-2:KZ: an oblast, or a city of republican status.
 *
 * @param code the ISO code, "KZ-19"
 * @param english "Almaty Region", "Astana"
 */
public record Region(String code, String english) implements Place {}
