package io.newsstream.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import io.newsstream.schema.RegionSessions;
import io.newsstream.schema.SessionLevel;
import io.newsstream.schema.SessionSummary;
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
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
   * @return whether the stores of this instance can be read, for {@code /health/ready}
   */
  public static Readiness mount(Javalin app, KafkaStreams streams, HostInfo self, TopologyDescription topology,
      StorePartitionCounts counts, Backlog backlog) {
    StorePartitions partitions = new StorePartitions(Objects.requireNonNull(topology, "topology"));
    LocalStores local = new LocalStores(streams, partitions);
    InternalRoutes.mount(app, local, self, VIEW_STORES, SCANNED_STORES);
    new ApiRoutes(new StoreQueries(streams, self, local, partitions, counts, SCANNED_STORES), streams, topology, backlog)
        .mountOn(app);
    return new Readiness(local, partitions, VIEW_STORES);
  }

  private void mountOn(Javalin app) {
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
    Map<String, RegionSessions> byRegion = stores.all(ViewStores.SESSIONS_BY_REGION, RegionSessions.class);
    Map<String, String> names = new LinkedHashMap<>(Regions.all());
    byRegion.keySet().forEach(code -> names.putIfAbsent(code, code)); // a region the list lacks
    List<Answers.Region> regions = new ArrayList<>();
    names.forEach((code, name) -> {
      List<SessionSummary> sessions = sessionsOf(byRegion.get(code));
      long articles = sessions.stream().mapToLong(SessionSummary::getArticleCount).sum();
      String lastSeen = sessions.stream().map(SessionSummary::getLastSeen).max(Comparator.naturalOrder())
          .map(Instant::toString).orElse(null);
      regions.add(new Answers.Region(code, name, sessions.size(), articles, lastSeen));
    });
    Answers.send(ctx, new Answers.Regions(regions));
  }

  private void regionSessions(Context ctx) {
    String code = ctx.pathParam("code").toUpperCase(Locale.ROOT);
    String noSuchRegion = "no region " + code + "; regions are KZ and the ISO 3166-2:KZ codes";
    if (!REGION_CODE.matcher(code).matches()) {
      throw ApiException.notFound(noSuchRegion);
    }
    // A code the list lacks but the views have is listed by /api/regions, so it is found here too.
    StoreQueries.Typed<RegionSessions> lookup = stores.get(ViewStores.SESSIONS_BY_REGION, code, RegionSessions.class);
    ctx.header(StoreQueries.SERVED_BY, lookup.servedBy());
    if (lookup.value() == null && !Regions.isKnown(code)) {
      throw ApiException.notFound(noSuchRegion);
    }
    Answers.send(ctx, new Answers.RegionSessions(code, Regions.name(code), sessionsOf(lookup.value())));
  }

  /** Every session of every region, by event date (else first seen), for timelines. */
  private void allSessions(Context ctx) {
    List<SessionSummary> sessions = new ArrayList<>();
    stores.all(ViewStores.SESSIONS_BY_REGION, RegionSessions.class).values()
        .forEach(region -> sessions.addAll(region.getSessions()));
    sessions.sort(Comparator.comparing(ApiRoutes::when));
    Answers.send(ctx, new Answers.Sessions(sessions));
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
    Answers.send(ctx, lookup.value());
  }

  /**
   * Totals of the whole app from the totals store; the throughput of this instance; the app's
   * backlog (records not yet processed, every instance's), null while the cluster cannot say.
   */
  private void stats(Context ctx) {
    Map<String, Long> totals = stores.all(ViewStores.TOTALS, Long.class);
    Map<String, Long> languages = new LinkedHashMap<>();
    totals.forEach((key, count) -> {
      if (key.startsWith(TOTAL_LANGUAGE_PREFIX)) {
        languages.put(key.substring(TOTAL_LANGUAGE_PREFIX.length()), count);
      }
    });
    Long backlogRecords;
    try {
      backlogRecords = backlog.recentRecords();
    } catch (ApiException e) {
      backlogRecords = null; // unknown, not 0: a 0 would say the app is up to date
    }
    Answers.send(ctx, new Answers.Stats(totals.getOrDefault(ViewStores.TOTAL_ARTICLES, 0L),
        totals.getOrDefault(ViewStores.TOTAL_DUPLICATES, 0L), totals.getOrDefault(ViewStores.TOTAL_REJECTED, 0L),
        languages, round(StreamsRates.throughput(streams)), backlogRecords, StoreQueries.address(stores.self())));
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
    Answers.send(ctx, new Answers.Activity(granularity, counts(store, region == null ? null : region.toUpperCase(Locale.ROOT))));
  }

  /** Unique articles per language and UTC day: {"counts": {"kk@2024-05-02": 12, ...}}. */
  private void languageActivity(Context ctx) {
    Answers.send(ctx, new Answers.Activity("day", counts(ViewStores.LANGUAGES_PER_DAY, ctx.queryParam("language"))));
  }

  /** A count store as {key: count}, ordered by key; only {@code prefix}'s buckets if not null. */
  private Map<String, Long> counts(String store, String prefix) {
    Map<String, Long> counts = new TreeMap<>(stores.all(store, Long.class));
    if (prefix != null) {
      counts.keySet().removeIf(key -> !key.startsWith(prefix + "@"));
    }
    return counts;
  }

  private void topology(Context ctx) {
    Answers.send(ctx, TopologyJson.of(topology));
  }

  private static String openApi() {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/api/openapi.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A region's sessions; none when the views have none of it yet. */
  private static List<SessionSummary> sessionsOf(RegionSessions region) {
    return region == null ? List.of() : region.getSessions();
  }

  /** When a session happened as far as the news say: its date if stated, else its first article. */
  private static String when(SessionSummary session) {
    return session.getEventDate() != null ? session.getEventDate().toString() : session.getFirstSeen().toString();
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
