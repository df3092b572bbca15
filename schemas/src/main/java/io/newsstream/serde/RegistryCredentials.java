package io.newsstream.serde;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * HTTP basic auth for the registry, configured as Confluent's client configures it:
 * {@code basic.auth.credentials.source} is {@code URL} (the default: credentials in the URL, as in
 * {@code http://user:password@host:8081}) or {@code USER_INFO} (from {@code basic.auth.user.info},
 * {@code user:password}). The {@code schema.registry.}-prefixed spellings count too.
 *
 * <p>Secrets never leave this class but in the {@code Authorization} header: {@link #url()} and
 * {@link #redact(String)} are the forms to print.
 */
public final class RegistryCredentials {
  /** Where the credentials come from: {@code URL} or {@code USER_INFO}. */
  public static final String SOURCE = "basic.auth.credentials.source";
  /** {@code user:password}, read when the source is {@code USER_INFO}. */
  public static final String USER_INFO = "basic.auth.user.info";
  private static final String PREFIX = "schema.registry.";

  private final String url;
  private final String authorization;

  private RegistryCredentials(String url, String authorization) {
    this.url = url;
    this.authorization = authorization;
  }

  /**
   * Reads the credentials for {@code url} from client properties.
   *
   * @throws ConfigException for an unknown source, or {@code USER_INFO} without {@code user:password}
   */
  public static RegistryCredentials of(String url, Map<String, ?> configs) {
    String source = setting(configs, SOURCE).orElse("URL").strip().toUpperCase(Locale.ROOT);
    String userInfo = switch (source) {
      case "URL" -> userInfoOf(url);
      case "USER_INFO" -> setting(configs, USER_INFO)
          .filter(info -> info.contains(":"))
          .orElseThrow(() -> new ConfigException(USER_INFO, "(hidden)",
              "with " + SOURCE + "=USER_INFO, give the registry's credentials as user:password"));
      default -> throw new ConfigException(SOURCE, source,
          "this client knows URL and USER_INFO (SASL_INHERIT is not supported)");
    };
    return new RegistryCredentials(redact(url), userInfo == null ? null
        : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
  }

  /** The URL without its credentials: what requests go to, and what may be printed. */
  public String url() {
    return url;
  }

  /** The {@code Authorization} header to send, if any credentials were given. */
  public Optional<String> authorization() {
    return Optional.ofNullable(authorization);
  }

  /** {@code url} with any {@code user:password@} removed, for messages and logs. */
  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    int scheme = url.indexOf("://");
    int at = url.indexOf('@');
    int path = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    if (scheme < 0 || at < 0 || (path >= 0 && at > path)) {
      return url;
    }
    return url.substring(0, scheme + 3) + url.substring(at + 1);
  }

  private static String userInfoOf(String url) {
    try {
      String raw = new URI(url.strip()).getRawUserInfo();
      return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (URISyntaxException | NullPointerException e) {
      return null; // the client's own check names a bad URL, without its secrets
    }
  }

  private static Optional<String> setting(Map<String, ?> configs, String key) {
    Object value = configs.get(key);
    if (value == null) {
      value = configs.get(PREFIX + key);
    }
    return Optional.ofNullable(value).map(v -> v instanceof Password p
        ? p.value() : v.toString()).filter(v -> !v.isBlank());
  }
}
