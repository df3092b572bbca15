package io.newsstream.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of the Confluent Schema Registry REST API that clients use, over a {@link
 * SchemaRegistry}, on a Javalin app:
 *
 * <pre>
 * GET    /                                       {} (a health check)
 * POST   /subjects/{subject}/versions            register {"schema": "...", "schemaType": "AVRO"} → {"id": n}
 * POST   /subjects/{subject}                     look a schema up → {"subject", "version", "id", "schema"}
 * GET    /subjects[?deleted=true]                subject names
 * GET    /subjects/{subject}/versions[?deleted=true]
 * GET    /subjects/{subject}/versions/{n|latest}[/schema]
 * DELETE /subjects/{subject}[?permanent=true[&force=true]]  soft delete; permanent after a soft delete
 * GET    /schemas/ids/{id}                       → {"schema": "..."}
 * GET    /config, PUT /config                    global level; PUT takes {"compatibility": "FULL"}
 * GET    /config/{subject}[?defaultToGlobal=true], PUT /config/{subject}
 * POST   /compatibility/subjects/{subject}/versions/{n|latest} → {"is_compatible": b, "messages": [...]}
 * GET    /mode, PUT /mode                        {"mode": "READWRITE" | "READONLY"}
 * </pre>
 *
 * <p>Changes (a new version, a delete, a config or mode change) pass {@link RegistryAccess}: basic
 * auth if it has credentials (401, error code 40101, without them), nothing but a mode change in
 * READONLY mode (42205). Registering a schema the subject already has changes nothing and answers
 * its id to anyone, so clients that register on first use need no credentials for known schemas.
 * A permanent delete is refused while the subject's topic holds records (42206) unless
 * {@code force=true}.
 *
 * Answers are {@value #CONTENT_TYPE}; errors are Confluent's {@code {"error_code": 40401,
 * "message": "..."}} with the matching HTTP status, never a stack trace. Request bodies are read as
 * JSON whatever their content type says.
 *
 * <p>Everything stays under the base path: the handlers answer their own errors, and the 404 for
 * unknown paths covers only the base path, so the routes can share an app with others.
 */
public final class RegistryRoutes {
  /** The content type of Confluent's API, version 1. */
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private static final Logger log = LoggerFactory.getLogger(RegistryRoutes.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<HandlerType> METHODS =
      List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);

  private final SchemaRegistry registry;
  private final RegistryAccess access;

  private RegistryRoutes(SchemaRegistry registry, RegistryAccess access) {
    this.registry = registry;
    this.access = access;
  }

  /** {@link #mount(Javalin, String, SchemaRegistry, RegistryAccess)} open to any change. */
  public static void mount(Javalin app, String basePath, SchemaRegistry registry) {
    mount(app, basePath, registry, RegistryAccess.open());
  }

  /**
   * Adds the API to {@code app} under {@code basePath}. Call before adding routes that could match
   * the same paths: unknown paths under {@code basePath} are answered here with 404.
   *
   * @param basePath {@code ""} for the root, or a prefix like {@code "/registry"}
   */
  public static void mount(Javalin app, String basePath, SchemaRegistry registry, RegistryAccess access) {
    if (!basePath.isEmpty() && (!basePath.startsWith("/") || basePath.endsWith("/"))) {
      throw new IllegalArgumentException("base path must be empty or like /registry, not '" + basePath + "'");
    }
    RegistryRoutes r = new RegistryRoutes(registry, access);
    String subject = basePath + "/subjects/{subject}";
    // Confluent's answer at the root, which deployments use as a health check.
    app.get(basePath.isEmpty() ? "/" : basePath, answer(ctx -> Map.of()));
    app.get(basePath + "/subjects", answer(r::subjects));
    app.post(subject, answer(r::lookup));
    app.delete(subject, answer(r::deleteSubject));
    app.get(subject + "/versions", answer(r::versions));
    app.post(subject + "/versions", answer(r::register));
    app.get(subject + "/versions/{version}", answer(r::version));
    app.get(subject + "/versions/{version}/schema", answer(r::rawSchema));
    app.get(basePath + "/schemas/ids/{id}", answer(r::schemaById));
    app.get(basePath + "/config", answer(r::globalConfig));
    app.put(basePath + "/config", answer(r::setGlobalConfig));
    app.get(basePath + "/config/{subject}", answer(r::subjectConfig));
    app.put(basePath + "/config/{subject}", answer(r::setSubjectConfig));
    app.post(basePath + "/compatibility/subjects/{subject}/versions/{version}", answer(r::testCompatibility));
    app.get(basePath + "/mode", answer(r::mode));
    app.put(basePath + "/mode", answer(r::setMode));
    // Javalin tries routes in the order they were added: this one only gets what no other matched.
    Handler notFound = answer(ctx -> {
      throw new RegistryException(404, "HTTP 404 Not Found");
    });
    METHODS.forEach(method -> app.addHttpHandler(method, basePath + "/<path>", notFound));
  }

  private Object register(Context ctx) {
    String subject = ctx.pathParam("subject");
    String schema = avroSchema(body(ctx));
    try {
      return Map.of("id", registry.lookup(subject, schema).id());
    } catch (RegistryException e) {
      if (e.httpStatus() != 404) {
        throw e;
      }
    }
    checkChange(ctx);
    return Map.of("id", registry.register(subject, schema));
  }

  private Object lookup(Context ctx) {
    return describe(registry.lookup(ctx.pathParam("subject"), avroSchema(body(ctx))));
  }

  private Object subjects(Context ctx) {
    return registry.subjects(flag(ctx, "deleted"));
  }

  private Object versions(Context ctx) {
    return registry.versions(ctx.pathParam("subject"), flag(ctx, "deleted"));
  }

  private Object version(Context ctx) {
    return describe(registry.version(ctx.pathParam("subject"), ctx.pathParam("version")));
  }

  private Object rawSchema(Context ctx) throws JsonProcessingException {
    return JSON.readTree(registry.version(ctx.pathParam("subject"), ctx.pathParam("version")).schema());
  }

  private Object deleteSubject(Context ctx) {
    checkChange(ctx);
    return registry.deleteSubject(ctx.pathParam("subject"), flag(ctx, "permanent"), flag(ctx, "force"));
  }

  private Object schemaById(Context ctx) {
    int id;
    try {
      id = Integer.parseInt(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw RegistryException.schemaNotFound();
    }
    return Map.of("schema", registry.schemaById(id));
  }

  private Object globalConfig(Context ctx) {
    return Map.of("compatibilityLevel", registry.globalCompatibility().name());
  }

  private Object setGlobalConfig(Context ctx) {
    checkChange(ctx);
    Compatibility level = compatibility(body(ctx));
    registry.setGlobalCompatibility(level);
    return Map.of("compatibility", level.name());
  }

  private Object subjectConfig(Context ctx) {
    return Map.of("compatibilityLevel",
        registry.subjectCompatibility(ctx.pathParam("subject"), flag(ctx, "defaultToGlobal")).name());
  }

  private Object setSubjectConfig(Context ctx) {
    checkChange(ctx);
    Compatibility level = compatibility(body(ctx));
    registry.setSubjectCompatibility(ctx.pathParam("subject"), level);
    return Map.of("compatibility", level.name());
  }

  private Object mode(Context ctx) {
    return Map.of("mode", access.mode().name());
  }

  private Object setMode(Context ctx) {
    RegistryAccess.Mode mode;
    try {
      mode = RegistryAccess.Mode.parse(body(ctx).path("mode").textValue());
    } catch (IllegalArgumentException e) {
      throw RegistryException.invalidMode(e.getMessage());
    }
    access.setMode(ctx.header("Authorization"), mode);
    log.info("Mode set to {} (until restart)", mode);
    return Map.of("mode", mode.name());
  }

  private void checkChange(Context ctx) {
    access.checkChange(ctx.header("Authorization"));
  }

  private Object testCompatibility(Context ctx) {
    List<String> problems =
        registry.testCompatibility(ctx.pathParam("subject"), ctx.pathParam("version"), avroSchema(body(ctx)));
    ObjectNode answer = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
    if (!problems.isEmpty()) {
      answer.set("messages", JSON.valueToTree(problems));
    }
    return answer;
  }

  private static Map<String, Object> describe(SchemaVersion v) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", v.subject());
    body.put("version", v.version());
    body.put("id", v.id());
    body.put("schema", v.schema());
    return body;
  }

  private static JsonNode body(Context ctx) {
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new RegistryException(400, "Malformed JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw new RegistryException(422, "The request body must be a JSON object");
    }
    return body;
  }

  /** The schema of a register, look-up or compatibility request, refused unless it is plain Avro. */
  private static String avroSchema(JsonNode body) {
    String type = body.path("schemaType").asText("AVRO");
    if (!type.equalsIgnoreCase("AVRO")) {
      throw RegistryException.invalidSchema("schema type " + type + " is not supported; this registry knows AVRO only");
    }
    if (!body.path("references").isEmpty()) {
      throw RegistryException.invalidSchema("schema references are not supported");
    }
    JsonNode schema = body.get("schema");
    if (schema == null || !schema.isTextual()) {
      throw RegistryException.invalidSchema("the field 'schema' must hold the schema as a JSON string");
    }
    return schema.textValue();
  }

  private static Compatibility compatibility(JsonNode body) {
    try {
      return Compatibility.parse(body.path("compatibility").textValue());
    } catch (IllegalArgumentException e) {
      throw RegistryException.invalidCompatibility(e.getMessage());
    }
  }

  private static boolean flag(Context ctx, String name) {
    return Boolean.parseBoolean(ctx.queryParam(name));
  }

  /** What a route does: returns the body of a 200 answer, or throws {@link RegistryException}. */
  @FunctionalInterface
  private interface Route {
    Object handle(Context ctx) throws Exception;
  }

  private static Handler answer(Route route) {
    return ctx -> {
      try {
        send(ctx, 200, route.handle(ctx));
      } catch (RegistryException e) {
        if (e.httpStatus() == 401) {
          ctx.header("WWW-Authenticate", "Basic realm=\"schema registry\"");
        }
        if (e.httpStatus() >= 500) {
          log.error("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage(), e);
        }
        send(ctx, e.httpStatus(), error(e.errorCode(), e.getMessage()));
      } catch (Exception e) {
        log.error("{} {} failed", ctx.method(), ctx.path(), e);
        send(ctx, 500, error(500, "Internal server error; the registry's log has the details"));
      }
    };
  }

  private static Map<String, Object> error(int code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_code", code);
    body.put("message", message);
    return body;
  }

  private static void send(Context ctx, int status, Object body) throws JsonProcessingException {
    ctx.status(status).contentType(CONTENT_TYPE).result(JSON.writeValueAsString(body));
  }
}
