package io.newsstream.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import io.newsstream.streams.views.ViewStores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The REST API over the views: regions, sessions, articles, totals, the topology and its OpenAPI
 * document. Every answer is JSON; every error is JSON with a status (see {@link ApiException}).
 */
public final class ApiRoutes {
  /** The stores other instances may read through the internal routes: the views, nothing else. */
  public static final Set<String> VIEW_STORES = Set.of(
      ViewStores.ARTICLES_BY_ID, ViewStores.SESSIONS_BY_KEY, ViewStores.SESSIONS_BY_REGION,
      ViewStores.ARTICLES_PER_REGION_HOUR, ViewStores.ARTICLES_PER_REGION_DAY,
      ViewStores.LANGUAGES_PER_DAY, ViewStores.TOTALS);

  private static final Set<String> LEVELS = Set.of("NATIONAL", "REGIONAL", "DISTRICT");

  private final StoreQueries stores;
  private final KafkaStreams streams;
  private final TopologyDescription topology;

  private ApiRoutes(StoreQueries stores, KafkaStreams streams, TopologyDescription topology) {
    this.stores = stores;
    this.streams = streams;
    this.topology = topology;
  }

  /**
   * Mounts the API on {@code app} (started or not).
   *
   * @param self this instance's {@code application.server}: the host and port of {@code app}, as
   *     the other instances reach it
   * @param topology the app's topology description, for /api/topology and to check that an "all"
   *     query covered every partition of a store
   * @return the queries, for other routes that read the stores
   */
  public static StoreQueries mount(Javalin app, KafkaStreams streams, HostInfo self, TopologyDescription topology) {
    StoreQueries stores = new StoreQueries(streams, self, topology, VIEW_STORES);
    new ApiRoutes(stores, streams, topology).mountOn(app);
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
    app.get("/api/topology", Guarded.guard(this::topology));
    app.get("/api/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi()));
  }

  /** Every region with its session and article counts; 0 where the news have none yet. */
  private void regions(Context ctx) {
    Map<String, JsonNode> byRegion = stores.all(ViewStores.SESSIONS_BY_REGION);
    Map<String, String> names = new java.util.LinkedHashMap<>(Regions.all());
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
    if (!Regions.isKnown(code)) {
      throw ApiException.notFound("no region " + code + "; regions are KZ and the ISO 3166-2:KZ codes");
    }
    StoreQueries.Lookup lookup = stores.get(ViewStores.SESSIONS_BY_REGION, code);
    ctx.header(StoreQueries.SERVED_BY, lookup.servedBy());
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
      throw ApiException.badRequest("level must be one of NATIONAL, REGIONAL, DISTRICT, not " + ctx.pathParam("level"));
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

  /** Totals of the whole app from the totals store; throughput and lag of this instance. */
  private void stats(Context ctx) {
    Map<String, JsonNode> totals = stores.all(ViewStores.TOTALS);
    ObjectNode body = AvroJson.MAPPER.createObjectNode();
    body.put("articles", totals.getOrDefault("articles", AvroJson.MAPPER.nullNode()).asLong(0));
    body.put("duplicates", totals.getOrDefault("duplicates", AvroJson.MAPPER.nullNode()).asLong(0));
    body.put("rejected", totals.getOrDefault("rejected", AvroJson.MAPPER.nullNode()).asLong(0));
    ObjectNode languages = body.putObject("languages");
    new TreeMap<>(totals).forEach((key, count) -> {
      if (key.startsWith("language:")) {
        languages.put(key.substring("language:".length()), count.asLong(0));
      }
    });
    body.put("throughput", round(StreamsRates.throughput(streams)));
    body.put("consumerLag", (long) StreamsRates.consumerLag(streams));
    body.put("instance", StoreQueries.address(stores.self()));
    StoreQueries.json(ctx, body);
  }

  private void topology(Context ctx) {
    if (topology == null) {
      throw ApiException.notFound("this instance was mounted without its topology");
    }
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
    String latest = null;
    for (JsonNode s : sessions) {
      String value = s.path(field).asText(null);
      // ISO-8601 instants of one format order as text.
      if (value != null && (latest == null || value.compareTo(latest) > 0)) {
        latest = value;
      }
    }
    return latest;
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
