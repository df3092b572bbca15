package io.newsstream.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import io.newsstream.schema.SessionLevel;
import io.newsstream.streams.views.ViewStores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The REST API over the views: regions, sessions, articles, totals, activity counts, the topology
 * and its OpenAPI document. Every answer is JSON; every error is JSON with a status (see {@link ApiException}).
 */
public final class ApiRoutes {
  /** The stores whose keys may be read, here and by other instances: the views, nothing else. */
  public static final Set<String> VIEW_STORES = Set.of(
      ViewStores.ARTICLES_BY_ID, ViewStores.SESSIONS_BY_KEY, ViewStores.SESSIONS_BY_REGION,
      ViewStores.ARTICLES_PER_REGION_HOUR, ViewStores.ARTICLES_PER_REGION_DAY,
      ViewStores.LANGUAGES_PER_DAY, ViewStores.TOTALS);

  /**
   * The views the routes read whole: one entry per region, per bucket or per total, small. Not
   * articles-by-id (full texts) nor sessions-by-key (sessions-by-region has them all, grouped).
   */
  public static final Set<String> SCANNED_STORES = Set.of(
      ViewStores.SESSIONS_BY_REGION, ViewStores.TOTALS, ViewStores.ARTICLES_PER_REGION_HOUR,
      ViewStores.ARTICLES_PER_REGION_DAY, ViewStores.LANGUAGES_PER_DAY);

  private static final Set<String> LEVELS =
      Arrays.stream(SessionLevel.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  /** What a region code looks like: KZ, or KZ- and two digits (ISO 3166-2:KZ). */
  private static final Pattern REGION_CODE = Pattern.compile("KZ(-\\d{2})?");
  private static final String TOTAL_LANGUAGE_PREFIX = ViewStores.languageTotal("");

  private final StoreQueries stores;
  private final KafkaStreams streams;
  private final TopologyDescription topology;

  private final Backlog backlog;

  private ApiRoutes(StoreQueries stores, KafkaStreams streams, TopologyDescription topology, Backlog backlog) {
    this.stores = stores;
    this.backlog = backlog;
    this.streams = streams;
    this.topology = topology;
  }

  /**
   * Mounts the API on {@code app} (started or not).
   *
   * @param self this instance's {@code application.server}: the host and port of {@code app}, as
   *     the other instances reach it
   * @param topology the app's topology description, for /api/topology and to know which instance
   *     holds which partitions of a store
   * @param counts the partition count of each store, to check that an "all" query covered them all
   * @param backlog what the app has still to process, for /api/stats
   * @return the queries, for other routes that read the stores (readiness)
   */
  public static StoreQueries mount(Javalin app, KafkaStreams streams, HostInfo self, TopologyDescription topology,
      StorePartitionCounts counts, Backlog backlog) {
    StoreQueries stores = new StoreQueries(streams, self, topology, counts, VIEW_STORES, SCANNED_STORES);
    new ApiRoutes(stores, streams, topology, backlog).mountOn(app);
    return stores;
  }

  private void mountOn(Javalin app) {
    stores.mountInternal(app);
    app.get("/api/regions", Guarded.guard(this::regions));
    app.get("/api/regions/{code}/sessions", Guarded.guard(this::regionSessions));
    app.get("/api/sessions", Guarded.guard(this::allSessions));
    app.get("/api/sessions/{region}/{level}/{number}", Guarded.guard(this::session));
    app.get("/api/articles/{id}", Guarded.guard(this::article));
    app.get("/api/stats", Guarded.guard(this::stats));
    app.get("/api/activity/regions", Guarded.guard(this::regionActivity));
    app.get("/api/activity/languages", Guarded.guard(this::languageActivity));
    app.get("/api/topology", Guarded.guard(this::topology));
    app.get("/api/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi()));
  }

  /** Every region with its session and article counts; 0 where the news have none yet. */
  private void regions(Context ctx) {
    Map<String, JsonNode> byRegion = stores.all(ViewStores.SESSIONS_BY_REGION);
    Map<String, String> names = new LinkedHashMap<>(Regions.all());
    byRegion.keySet().forEach(code -> names.putIfAbsent(code, code)); // a region the list lacks
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    ArrayNode regions = body.putArray("regions");
    names.forEach((code, name) -> {
      JsonNode sessions = byRegion.getOrDefault(code, AvroJson.MAPPER.nullNode()).path("sessions");
      ObjectNode region = regions.addObject();
      region.put("code", code);
      region.put("name", name);
      region.put("sessions", sessions.size());
      region.put("articles", sum(sessions, "articleCount"));
      String lastSeen = latest(sessions, "lastSeen");
      if (lastSeen != null) {
        region.put("lastSeen", lastSeen);
      } else {
        region.putNull("lastSeen");
      }
    });
    StoreQueries.json(ctx, body);
  }

  private void regionSessions(Context ctx) {
    String code = ctx.pathParam("code").toUpperCase(Locale.ROOT);
    String noSuchRegion = "no region " + code + "; regions are KZ and the ISO 3166-2:KZ codes";
    if (!REGION_CODE.matcher(code).matches()) {
      throw ApiException.notFound(noSuchRegion);
    }
    // A code the list lacks but the views have is listed by /api/regions, so it is found here too.
    StoreQueries.Lookup lookup = stores.get(ViewStores.SESSIONS_BY_REGION, code);
    ctx.header(StoreQueries.SERVED_BY, lookup.servedBy());
    if (!lookup.found() && !Regions.isKnown(code)) {
      throw ApiException.notFound(noSuchRegion);
    }
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    body.put("code", code);
    body.put("name", Regions.name(code));
    JsonNode sessions = lookup.found() ? lookup.value().path("sessions") : AvroJson.MAPPER.createArrayNode();
    body.set("sessions", sessions.isArray() ? sessions : AvroJson.MAPPER.createArrayNode());
    StoreQueries.json(ctx, body);
  }

  /** Every session of every region, by event date (else first seen), for timelines. */
  private void allSessions(Context ctx) {
    List<JsonNode> sessions = new ArrayList<>();
    stores.all(ViewStores.SESSIONS_BY_REGION).values().forEach(r -> r.path("sessions").forEach(sessions::add));
    sessions.sort(Comparator.comparing(ApiRoutes::when));
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    sessions.forEach(body.putArray("sessions")::add);
    StoreQueries.json(ctx, body);
  }

  private void session(Context ctx) {
    String region = ctx.pathParam("region").toUpperCase(Locale.ROOT);
    String level = ctx.pathParam("level").toUpperCase(Locale.ROOT);
    if (!LEVELS.contains(level)) {
      throw ApiException.badRequest("level must be one of " + Arrays.toString(SessionLevel.values()) + ", not " + ctx.pathParam("level"));
    }
    int number;
    try {
      number = Integer.parseInt(ctx.pathParam("number"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("number must be a whole number, not " + ctx.pathParam("number"));
    }
    if (number < 1) {
      throw ApiException.badRequest("number must be 1 or more, not " + number);
    }
    String district = ctx.queryParam("district");
    String key = ViewStores.sessionKey(region, level, number, district == null || district.isBlank() ? null : district);
    answer(ctx, ViewStores.SESSIONS_BY_KEY, key, "no session " + key);
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    answer(ctx, ViewStores.ARTICLES_BY_ID, id, "no article " + id);
  }

  private void answer(Context ctx, String store, String key, String notFound) {
    StoreQueries.Lookup lookup = stores.get(store, key);
    ctx.header(StoreQueries.SERVED_BY, lookup.servedBy());
    if (!lookup.found()) {
      throw ApiException.notFound(notFound);
    }
    StoreQueries.json(ctx, lookup.value());
  }

  /**
   * Totals of the whole app from the totals store; the throughput of this instance; the app's
   * backlog (records not yet processed, every instance's), null while the cluster cannot say.
   */
  private void stats(Context ctx) {
    Map<String, JsonNode> totals = stores.all(ViewStores.TOTALS);
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    body.put("articles", totals.getOrDefault(ViewStores.TOTAL_ARTICLES, AvroJson.MAPPER.nullNode()).asLong(0));
    body.put("duplicates", totals.getOrDefault(ViewStores.TOTAL_DUPLICATES, AvroJson.MAPPER.nullNode()).asLong(0));
    body.put("rejected", totals.getOrDefault(ViewStores.TOTAL_REJECTED, AvroJson.MAPPER.nullNode()).asLong(0));
    ObjectNode languages = body.putObject("languages");
    totals.forEach((key, count) -> {
      if (key.startsWith(TOTAL_LANGUAGE_PREFIX)) {
        languages.put(key.substring(TOTAL_LANGUAGE_PREFIX.length()), count.asLong(0));
      }
    });
    body.put("throughput", round(StreamsRates.throughput(streams)));
    try {
      body.put("consumerLag", backlog.records());
    } catch (ApiException e) {
      body.putNull("consumerLag"); // unknown, not 0: a 0 would say the app is up to date
    }
    body.put("instance", StoreQueries.address(stores.self()));
    StoreQueries.json(ctx, body);
  }

  /**
   * Unique articles about each region's sessions per UTC hour or day, merged over the instances:
   * {"granularity": "day", "counts": {"KZ-19@2024-05-02": 3, ...}}, keys as in {@link ViewStores};
   * {@code region} keeps one region's buckets.
   */
  private void regionActivity(Context ctx) {
    String granularity = ctx.queryParamAsClass("granularity", String.class).getOrDefault("day");
    String store = switch (granularity) {
      case "hour" -> ViewStores.ARTICLES_PER_REGION_HOUR;
      case "day" -> ViewStores.ARTICLES_PER_REGION_DAY;
      default -> throw ApiException.badRequest("granularity must be hour or day, not " + granularity);
    };
    String region = ctx.queryParam("region");
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    body.put("granularity", granularity);
    body.set("counts", counts(store, region == null ? null : region.toUpperCase(Locale.ROOT)));
    StoreQueries.json(ctx, body);
  }

  /** Unique articles per language and UTC day: {"counts": {"kk@2024-05-02": 12, ...}}. */
  private void languageActivity(Context ctx) {
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    body.put("granularity", "day");
    body.set("counts", counts(ViewStores.LANGUAGES_PER_DAY, ctx.queryParam("language")));
    StoreQueries.json(ctx, body);
  }

  /** A count store as {key: count}, ordered by key; only {@code prefix}'s buckets if not null. */
  private ObjectNode counts(String store, String prefix) {
    ObjectNode counts = AvroJson.MAPPER.createObjectNode();
    stores.all(store).forEach((key, count) -> {
      if (prefix == null || key.startsWith(prefix + "@")) {
        counts.put(key, count.asLong(0));
      }
    });
    return counts;
  }

  private void topology(Context ctx) {
    StoreQueries.json(ctx, TopologyJson.of(topology));
  }

  private static String openApi() {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/api/openapi.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long sum(JsonNode sessions, String field) {
    long total = 0;
    for (JsonNode s : sessions) {
      total += s.path(field).asLong(0);
    }
    return total;
  }

  private static String latest(JsonNode sessions, String field) {
    Instant latest = null;
    for (JsonNode s : sessions) {
      JsonNode value = s.path(field);
      if (value.isTextual()) {
        // Compared as instants: as text, "...:05Z" would be after "...:05.250Z".
        Instant instant = Instant.parse(value.asText());
        if (latest == null || instant.isAfter(latest)) {
          latest = instant;
        }
      }
    }
    return latest == null ? null : latest.toString();
  }

  /** When a session happened as far as the news say: its date if stated, else its first article. */
  private static String when(JsonNode session) {
    String date = session.path("eventDate").asText("");
    return date.isEmpty() || date.equals("null") ? session.path("firstSeen").asText("") : date;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
