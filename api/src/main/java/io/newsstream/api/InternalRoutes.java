package io.newsstream.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The routes the other instances call ({@link PeerClient}) under {@link StoreQueries#INTERNAL_PREFIX}:
 * they answer from this instance's local state only and never forward, so a query crosses at
 * most one hop.
 */
final class InternalRoutes {
  private InternalRoutes() {}

  /**
   * @param keyStores the stores whose keys may be read: the views, not the app's private state
   * @param scanStores the stores that may be read whole: only the small ones a public route reads
   *     whole; articles-by-id, with full texts, would be held in memory at once
   */
  static void mount(Javalin app, LocalStores local, HostInfo self, Set<String> keyStores, Set<String> scanStores) {
    String servedBy = StoreQueries.address(self);
    app.get(StoreQueries.INTERNAL_PREFIX + "{store}/key", Guarded.guard(ctx -> {
      String store = store(ctx, keyStores);
      String key = ctx.queryParam("key");
      if (key == null) {
        throw ApiException.badRequest("missing query parameter key");
      }
      Object value = local.get(store, key);
      ctx.header(StoreQueries.SERVED_BY, servedBy);
      if (value == null) {
        throw ApiException.notFound("no key " + key + " in " + store);
      }
      ObjectNode body = AvroJson.MAPPER.createObjectNode();
      // typed: for an asker that reads it back into its class (StoreWire); else the API's JSON.
      body.set("value", ctx.queryParam("typed") != null ? StoreWire.write(value) : AvroJson.toJson(value));
      Answers.send(ctx, body);
    }));
    app.get(StoreQueries.INTERNAL_PREFIX + "{store}/all", Guarded.guard(ctx -> {
      String store = store(ctx, scanStores);
      String param = ctx.queryParam("partitions");
      LocalStores.Scan<Object> scan = local.all(store, param == null ? null : parsePartitions(param));
      ctx.header(StoreQueries.SERVED_BY, servedBy);
      ObjectNode body = AvroJson.MAPPER.createObjectNode();
      scan.partitions().forEach(body.putArray("partitions")::add);
      ObjectNode entries = body.putObject("entries");
      scan.entries().forEach((key, value) -> entries.set(key, StoreWire.write(value)));
      Answers.send(ctx, body);
    }));
  }

  private static String store(Context ctx, Set<String> allowed) {
    String store = ctx.pathParam("store");
    if (!allowed.contains(store)) {
      throw ApiException.notFound("no store " + store + " to read this way");
    }
    return store;
  }

  private static Set<Integer> parsePartitions(String param) {
    try {
      return Arrays.stream(param.split(",")).filter(s -> !s.isBlank())
          .map(s -> Integer.parseInt(s.trim())).collect(Collectors.toCollection(TreeSet::new));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("partitions must be numbers separated by commas, not " + param);
    }
  }
}
