package io.newsstream.enrich;

/**
 * A session an article refers to without reporting on it ("поручений, данных на XXVII сессии").
 *
 * @param number the session's ordinal number
 * @param level national, regional or district
 * @param region ISO 3166-2:KZ code, "KZ" for the national level; null when not determinable
 */
public record SessionMentionInfo(int number, Level level, String region) {}
