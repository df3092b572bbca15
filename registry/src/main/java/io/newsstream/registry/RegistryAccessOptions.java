package io.newsstream.registry;

import java.util.Optional;
import picocli.CommandLine.Option;

/** Who may change the registry: the options {@code newsstream registry} and {@code newsstream run} share. */
public final class RegistryAccessOptions {
  @Option(names = "--registry-auth", paramLabel = "USER:PASSWORD", defaultValue = "${env:NEWSSTREAM_REGISTRY_AUTH}",
      description = "Credentials (HTTP basic auth) that registry changes need: new versions, deletes, "
          + "config and mode; reads stay open. Prefer the env NEWSSTREAM_REGISTRY_AUTH: a command "
          + "line is visible to other users.")
  String userInfo;

  @Option(names = "--registry-mode", paramLabel = "MODE", defaultValue = "${env:NEWSSTREAM_REGISTRY_MODE:-READWRITE}",
      description = "READWRITE, or READONLY: no change at all, whoever asks (default: ${DEFAULT-VALUE}; "
          + "env NEWSSTREAM_REGISTRY_MODE; PUT /mode changes it until restart).")
  String mode;

  /** The credentials given, if any. */
  public Optional<String> userInfo() {
    return Optional.ofNullable(userInfo).filter(info -> !info.isBlank());
  }

  /**
   * The access these options describe.
   *
   * @param fallback credentials to require when none were given; empty: changes are open
   * @throws IllegalArgumentException for a bad mode or credentials without a colon
   */
  public RegistryAccess access(Optional<String> fallback) {
    return RegistryAccess.of(userInfo().or(() -> fallback), RegistryAccess.Mode.parse(mode));
  }
}
