package io.newsstream.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may change the registry, as Confluent's registry offers it: HTTP basic auth on the calls
 * that write or delete, and a {@code mode} ({@code READWRITE}, or {@code READONLY}: no change at
 * all, whoever asks). Reads stay open, so any client can decode records. Thread-safe.
 */
public final class RegistryAccess {
  /** Confluent's modes; IMPORT is not offered (ids are always this registry's own). */
  public enum Mode {
    READWRITE,
    READONLY;

    /** Parses a mode as the {@code /mode} API and the command line spell it. */
    public static Mode parse(String text) {
      try {
        return valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("mode must be READWRITE or READONLY, not '" + text + "'");
      }
    }
  }

  private final byte[] expectedAuthorization;
  private volatile Mode mode;

  private RegistryAccess(String userInfo, Mode mode) {
    this.expectedAuthorization = userInfo == null ? null
        : ("Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.UTF_8);
    this.mode = mode;
  }

  /** Anyone may change anything: for tests, and for a registry only trusted hosts reach. */
  public static RegistryAccess open() {
    return new RegistryAccess(null, Mode.READWRITE);
  }

  /**
   * @param userInfo {@code user:password} that changes must carry as basic auth; empty: no auth
   * @param mode the mode at start
   */
  public static RegistryAccess of(Optional<String> userInfo, Mode mode) {
    userInfo.ifPresent(info -> {
      if (info.indexOf(':') < 1) {
        throw new IllegalArgumentException("registry credentials must be user:password");
      }
    });
    return new RegistryAccess(userInfo.filter(info -> !info.isBlank()).orElse(null), mode);
  }

  public Mode mode() {
    return mode;
  }

  /** Whether changes need credentials. */
  public boolean requiresAuth() {
    return expectedAuthorization != null;
  }

  /**
   * Lets a change through, or says why not.
   *
   * @param authorization the request's {@code Authorization} header, may be null
   * @throws RegistryException 40101 without the right credentials, 42205 in READONLY mode
   */
  void checkChange(String authorization) {
    checkCredentials(authorization);
    if (mode == Mode.READONLY) {
      throw RegistryException.readOnly();
    }
  }

  /** Sets the mode; a change itself, so it needs the credentials, but is allowed in READONLY. */
  void setMode(String authorization, Mode newMode) {
    checkCredentials(authorization);
    mode = newMode;
  }

  private void checkCredentials(String authorization) {
    // Compared in constant time, so timing tells nothing about the password.
    if (expectedAuthorization != null && (authorization == null
        || !MessageDigest.isEqual(authorization.strip().getBytes(StandardCharsets.UTF_8), expectedAuthorization))) {
      throw RegistryException.unauthorized();
    }
  }
}
