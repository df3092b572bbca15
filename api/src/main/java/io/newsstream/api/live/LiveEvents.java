package io.newsstream.api.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.api.AvroJson;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.SessionKey;
import io.newsstream.schema.SessionRef;
import io.newsstream.schema.SessionSummary;
import io.newsstream.streams.views.ViewStores;

/**
 * The small JSON of a live event: enough to show a line and to know which API data to refresh, not
 * the article's text (a browser that wants it asks /api/articles/{id}).
 */
final class LiveEvents {
  private LiveEvents() {}

  static ObjectNode article(EnrichedArticle article) {
    ObjectNode json = AvroJson.MAPPER.createObjectNode();
    json.put("id", article.getId());
    json.put("title", article.getTitle() != null ? article.getTitle() : firstLine(article.getText()));
    json.put("language", article.getLanguage());
    json.put("source", article.getSource());
    json.put("processedAt", article.getProcessedAt().toString());
    SessionRef session = article.getSession();
    if (session != null) {
      ObjectNode ref = json.putObject("session");
      ref.put("region", session.getRegion());
      ref.put("level", session.getLevel().name());
      ref.put("number", session.getNumber());
    }
    return json;
  }

  static ObjectNode session(SessionSummary summary) {
    return session(summary.getKey(), summary.getArticleCount());
  }

  /** A session that lost its last article (a tombstone on news.sessions.v1): 0 articles. */
  static ObjectNode sessionGone(SessionKey key) {
    return session(key, 0);
  }

  /** An article withdrawn (a tombstone on news.articles.v1: it turned out a duplicate). */
  static ObjectNode retracted(String id) {
    ObjectNode json = AvroJson.MAPPER.createObjectNode();
    json.put("id", id);
    return json;
  }

  private static ObjectNode session(SessionKey key, int articleCount) {
    ObjectNode json = AvroJson.MAPPER.createObjectNode();
    json.put("key", ViewStores.sessionKey(key));
    json.put("region", key.getRegion());
    json.put("level", key.getLevel().name());
    json.put("number", key.getNumber());
    json.put("articleCount", articleCount);
    return json;
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 120 ? line.substring(0, 119) + "…" : line;
  }
}
