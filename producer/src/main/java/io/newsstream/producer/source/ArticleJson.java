package io.newsstream.producer.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.validate.ArticleDraft;
import io.newsstream.producer.validate.RefusedException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON shape of an article, shared by .json and .jsonl files, sidecars, stdin and HTTP:
 *
 * <pre>{"url": "...", "source": "...", "title": "...", "text": "...",
 *  "publishedAt": "2024-05-01T10:00:00+05:00", "language": "kk", "metadata": {"k": "v"}}</pre>
 *
 * Every field is optional here (validation wants a text). {@code published_at} and {@code
 * languageHint}/{@code lang} are understood too. Fields it does not know go into metadata, so
 * nothing a scraper sent is lost.
 */
public final class ArticleJson {
  /** The module's one mapper; thread-safe. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  // A line or sidecar is one JSON value: {@code {...} junk} is refused, not read as {@code {...}}.
  private static final ObjectReader WHOLE =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Set<String> KNOWN = Set.of("url", "source", "title", "text", "publishedAt",
      "published_at", "language", "languageHint", "lang", "metadata");

  private ArticleJson() {}

  /** Parses a text that must be exactly one JSON value. */
  public static JsonNode parseWhole(String json) throws JsonProcessingException {
    return WHOLE.readTree(json);
  }

  /** The draft a JSON value describes; refused with {@link RejectReason#BAD_FIELD} if not an article. */
  public static ArticleDraft toDraft(JsonNode node) {
    if (!node.isObject()) {
      throw new RefusedException(RejectReason.BAD_FIELD,
          "an article is a JSON object, not " + article(node.getNodeType()));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    JsonNode declared = node.get("metadata");
    if (declared != null && !declared.isNull()) {
      if (!declared.isObject()) {
        throw new RefusedException(RejectReason.BAD_FIELD, "\"metadata\" must be an object of strings");
      }
      declared.fields().forEachRemaining(e -> putIfValue(metadata, e.getKey(), e.getValue()));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!KNOWN.contains(field.getKey())) {
        putIfValue(metadata, field.getKey(), field.getValue());
      }
    }
    return new ArticleDraft(
        string(node, "url"),
        string(node, "source"),
        string(node, "title"),
        string(node, "text"),
        date(node),
        firstString(node, "language", "languageHint", "lang"),
        metadata);
  }

  private static String date(JsonNode node) {
    for (String name : new String[] {"publishedAt", "published_at"}) {
      JsonNode value = node.get(name);
      if (value != null && value.isIntegralNumber()) {
        return value.asText(); // epoch milliseconds
      }
    }
    return firstString(node, "publishedAt", "published_at");
  }

  private static String firstString(JsonNode node, String... names) {
    for (String name : names) {
      String value = string(node, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String string(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new RefusedException(RejectReason.BAD_FIELD,
          "\"" + name + "\" must be a string, not " + article(value.getNodeType()));
    }
    return value.textValue();
  }

  // Strings as they are; numbers, booleans and structures as their JSON.
  private static void putIfValue(Map<String, String> metadata, String key, JsonNode value) {
    if (!value.isNull()) {
      metadata.put(key, value.isTextual() ? value.textValue() : value.toString());
    }
  }

  private static String article(JsonNodeType type) {
    String name = type.name().toLowerCase(Locale.ROOT);
    return (name.startsWith("a") || name.startsWith("o") ? "an " : "a ") + name;
  }
}
