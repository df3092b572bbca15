package io.newsstream.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;

/** Calls a registry's REST API with plain java.net.http, as any client would. */
final class RegistryHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** An answer; {@code body} is null if it was not JSON. */
  record Response(int status, String contentType, String text, JsonNode body) {
    int errorCode() {
      return body.path("error_code").asInt();
    }
  }

  private final String baseUrl;
  private final String authorization;

  RegistryHttp(String baseUrl) {
    this(baseUrl, null);
  }

  private RegistryHttp(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  /** The same calls, with HTTP basic auth. */
  RegistryHttp as(String user, String password) {
    return new RegistryHttp(baseUrl, "Basic " + java.util.Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response delete(String path) {
    return send(request(path).DELETE());
  }

  Response post(String path, String json) {
    return send(request(path).POST(BodyPublishers.ofString(json)));
  }

  Response put(String path, String json) {
    return send(request(path).PUT(BodyPublishers.ofString(json)));
  }

  /** {@code {"schema": "<schema>"}}: the body of a register, look-up or compatibility request. */
  static String schemaRequest(String schema) {
    return JSON.createObjectNode().put("schema", schema).toString();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", RegistryRoutes.CONTENT_TYPE)
        .header("Accept", RegistryRoutes.CONTENT_TYPE);
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      var response = CLIENT.send(request.build(), BodyHandlers.ofString());
      JsonNode body;
      try {
        body = JSON.readTree(response.body());
      } catch (IOException e) {
        body = null;
      }
      return new Response(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
