package io.newsstream.streams.views;

import io.newsstream.schema.SessionKey;
import io.newsstream.schema.SessionLevel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The names of the queryable state stores: the contract between the views the topology keeps and
 * the REST API that reads them with interactive queries.
 *
 * <p>Session stores are keyed by {@link #sessionKey}'s string, not by the Avro {@code SessionKey}:
 * a plain string routes an interactive query to the owning instance by the same bytes the topology
 * partitions by, with no schema id inside the key, and reads well in a URL.
 */
public final class ViewStores {
  /** Article id → ArticleView: the unique article, its duplicate count and the sources that ran it. */
  public static final String ARTICLES_BY_ID = "articles-by-id";
  /** {@link #sessionKey} → SessionSummary. */
  public static final String SESSIONS_BY_KEY = "sessions-by-key";
  /**
   * Region code (KZ-19, KZ) → RegionSessions: the region's sessions, ordered by level (national,
   * regional, district), then number, then district name.
   */
  public static final String SESSIONS_BY_REGION = "sessions-by-region";
  /** "region@yyyy-MM-ddTHH" (UTC hour) → unique articles about the region's sessions in that hour. */
  public static final String ARTICLES_PER_REGION_HOUR = "articles-per-region-hour";
  /** "region@yyyy-MM-dd" (UTC day) → unique articles about the region's sessions that day. */
  public static final String ARTICLES_PER_REGION_DAY = "articles-per-region-day";
  /** "language@yyyy-MM-dd" (UTC day) → unique articles in that language that day. */
  public static final String LANGUAGES_PER_DAY = "languages-per-day";
  /** Totals → count: "articles", "duplicates", "rejected", "language:kk", "language:ru", ... */
  public static final String TOTALS = "totals";

  /** {@link #TOTALS} key: unique articles currently on news.articles.v1 (retractions subtracted). */
  public static final String TOTAL_ARTICLES = "articles";
  /** {@link #TOTALS} key: duplicate ids with a current notice, re-sends of an article included. */
  public static final String TOTAL_DUPLICATES = "duplicates";
  /** {@link #TOTALS} key: records on news.dlq.v1. */
  public static final String TOTAL_REJECTED = "rejected";

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

  private ViewStores() {}

  /** {@link #TOTALS} key of the unique articles in a language: "language:kk". */
  public static String languageTotal(String language) {
    return "language:" + language;
  }

  /** {@link #ARTICLES_PER_REGION_HOUR} key: "KZ-19@2024-05-02T09", the UTC hour of {@code time}. */
  public static String hourKey(String region, Instant time) {
    return region + "@" + HOUR.format(time);
  }

  /** {@link #ARTICLES_PER_REGION_DAY} and {@link #LANGUAGES_PER_DAY} key: "kk@2024-05-02", the UTC day. */
  public static String dayKey(String regionOrLanguage, Instant time) {
    return regionOrLanguage + "@" + DAY.format(time);
  }

  /** The {@link #dayKey} of the day an {@link #hourKey} is in: "KZ-19@2024-05-02T09" → "KZ-19@2024-05-02". */
  public static String dayOfHourKey(String hourKey) {
    return hourKey.substring(0, hourKey.lastIndexOf('T'));
  }

  /** The region or language of a {@link #dayKey} or {@link #hourKey}: "kk@2024-05-02" → "kk". */
  public static String bucketOf(String key) {
    return key.substring(0, key.lastIndexOf('@'));
  }

  /** "KZ-19/REGIONAL/27", or "KZ-19/DISTRICT/5/Karasay" for a district session. */
  public static String sessionKey(String region, String level, int number, String district) {
    String key = region + "/" + level + "/" + number;
    return district == null ? key : key + "/" + district;
  }

  /** The {@link #sessionKey} string of an Avro SessionKey (the key of news.sessions.v1). */
  public static String sessionKey(SessionKey key) {
    return sessionKey(key.getRegion(), key.getLevel().name(), key.getNumber(), key.getDistrict());
  }

  /** The inverse of {@link #sessionKey}: "KZ-19/DISTRICT/5/Karasay" → its SessionKey. */
  public static SessionKey parseSessionKey(String key) {
    String[] parts = key.split("/", 4);
    if (parts.length < 3) {
      throw new IllegalArgumentException("not a session key: " + key);
    }
    return new SessionKey(
        parts[0], SessionLevel.valueOf(parts[1]), Integer.parseInt(parts[2]), parts.length == 4 ? parts[3] : null);
  }
}
