package io.newsstream.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.schema.RawArticle;
import org.apache.avro.Schema;

/** Versions of the RawArticle schema a later release might bring, for the schema-evolution tests. */
public final class RawArticleVersions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawArticleVersions() {}

  /** v2: RawArticle with a new optional field, {@code section} (null by default): a compatible change. */
  public static Schema withOptionalSection() {
    return withField("{\"name\": \"section\", \"type\": [\"null\", \"string\"], \"default\": null}");
  }

  /** RawArticle with a new required field, {@code section}, no default: v1 records cannot be read with it. */
  public static Schema withRequiredSection() {
    return withField("{\"name\": \"section\", \"type\": \"string\"}");
  }

  private static Schema withField(String field) {
    try {
      ObjectNode schema = (ObjectNode) JSON.readTree(RawArticle.getClassSchema().toString());
      ((ArrayNode) schema.get("fields")).add(JSON.readTree(field));
      return new Schema.Parser().parse(schema.toString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
