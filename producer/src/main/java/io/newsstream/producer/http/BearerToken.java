package io.newsstream.producer.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks an {@code Authorization: Bearer ...} header against the expected token. */
public final class BearerToken {
  private static final String PREFIX = "Bearer ";

  private BearerToken() {}

  /** Whether the header carries the token; compared in constant time, so timing tells nothing. */
  public static boolean matches(String authorizationHeader, String token) {
    if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] given = authorizationHeader.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
  }
}
