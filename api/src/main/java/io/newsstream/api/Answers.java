package io.newsstream.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.newsstream.schema.SessionSummary;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The API's answers as typed records, written by Jackson ({@link AvroJson#MAPPER}): built with the
 * generated Avro getters, so a renamed Avro field breaks the build, not the API. Avro records
 * inside them (a region's sessions) are written as {@link AvroJson} writes every store value.
 */
public final class Answers {
  private Answers() {}

  /** {@code /api/regions}: every region with its session and article counts. */
  public record Regions(List<Region> regions) {}

  /** @param lastSeen the last article about any of its sessions (ISO-8601), null when none */
  public record Region(String code, String name, int sessions, long articles, String lastSeen) {}

  /** {@code /api/regions/{code}/sessions}. */
  public record RegionSessions(String code, String name, List<SessionSummary> sessions) {}

  /** {@code /api/sessions}: every session of every region, by event date (else first seen). */
  public record Sessions(List<SessionSummary> sessions) {}

  /**
   * {@code /api/stats}: totals of the whole app; the throughput of the instance that answers; the
   * app's backlog as {@code consumerLag} (every instance's records not yet processed), null while
   * the cluster cannot say.
   */
  public record Stats(long articles, long duplicates, long rejected, Map<String, Long> languages, double throughput,
      Long consumerLag, String instance) {}

  /** {@code /api/activity/...}: counts per bucket key ("KZ-19@2024-05-02"), ordered by key. */
  public record Activity(String granularity, Map<String, Long> counts) {}

  /** Writes {@code answer} as the JSON body. */
  static void send(Context ctx, Object answer) {
    try {
      ctx.contentType(ContentType.APPLICATION_JSON).result(AvroJson.MAPPER.writeValueAsString(answer));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
