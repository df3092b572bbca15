package io.newsstream.producer.id;

import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.validate.RefusedException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one spelling of an article's URL that its id is computed from, so that the same article
 * reached by {@code http://www.site.kz/news/1/?utm_source=x#top} and {@code
 * https://site.kz/news/1} gets the same id. The URL stored in the article stays as sent.
 *
 * <p>What is folded: http and https, upper and lower case in scheme and host, a leading {@code
 * www.}, internationalised host names (to punycode), default ports, user info, trailing slashes,
 * the fragment, tracking parameters ({@code utm_*}, {@code fbclid}, ...), the order of query
 * parameters, and percent-encoding (raw Cyrillic and its %-escapes are the same path).
 */
public final class CanonicalUrl {
  private static final Pattern URL =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?$");
  private static final Pattern TRACKING =
      Pattern.compile("^(utm_[a-z_]*|fbclid|gclid|yclid|ysclid|_openstat|mc_cid|mc_eid|igshid)$");
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  private CanonicalUrl() {}

  /** The canonical form; refused with {@link RejectReason#BAD_URL} if not an absolute http(s) URL. */
  public static String of(String url) {
    Matcher m = match(url);
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String path = normalisePercent(m.group(3));
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String query = m.group(4) == null ? "" : canonicalQuery(m.group(4));
    return "https://" + hostAndPort(url, scheme, m.group(2)) + path + (query.isEmpty() ? "" : "?" + query);
  }

  /** The canonical host name alone (no port), e.g. {@code inform.kz}; refused like {@link #of}. */
  public static String host(String url) {
    Matcher m = match(url);
    String hostPort = hostAndPort(url, m.group(1).toLowerCase(Locale.ROOT), m.group(2));
    int colon = hostPort.lastIndexOf(':');
    return colon < 0 || hostPort.endsWith("]") ? hostPort : hostPort.substring(0, colon);
  }

  private static Matcher match(String url) {
    Matcher m = URL.matcher(url.strip());
    if (!m.matches()) {
      throw bad(url, "not an absolute URL");
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw bad(url, "scheme '" + scheme + "' is not http or https");
    }
    return m;
  }

  private static String hostAndPort(String url, String scheme, String authority) {
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    String host = hostPort;
    String port = "";
    int colon = hostPort.lastIndexOf(':');
    if (colon >= 0 && !hostPort.endsWith("]")) {
      host = hostPort.substring(0, colon);
      port = hostPort.substring(colon + 1);
      if (!port.matches("\\d{0,5}")) {
        throw bad(url, "port '" + port + "' is not a number");
      }
    }
    if (host.isEmpty()) {
      throw bad(url, "no host");
    }
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw bad(url, "host '" + host + "' is not a valid name");
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    boolean defaultPort = port.isEmpty()
        || (scheme.equals("http") && port.equals("80"))
        || (scheme.equals("https") && port.equals("443"));
    return defaultPort ? host : host + ":" + port;
  }

  private static String canonicalQuery(String query) {
    List<String> kept = new ArrayList<>();
    for (String param : query.split("&")) {
      String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!param.isEmpty() && !TRACKING.matcher(name).matches()) {
        kept.add(normalisePercent(param));
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }

  /**
   * One encoding for every character: unreserved characters plain, all other non-ASCII and
   * escaped bytes as upper-case %XX, reserved ASCII left as written (decoding it would change
   * the URL's meaning).
   */
  private static String normalisePercent(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '%' && isHex(s, i + 1) && isHex(s, i + 2)) {
        appendByte(out, Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 3;
      } else if (c < 0x80 && c > 0x20) {
        out.append(c);
        i++;
      } else {
        int cp = s.codePointAt(i);
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          appendByte(out, b & 0xFF);
        }
        i += Character.charCount(cp);
      }
    }
    return out.toString();
  }

  private static void appendByte(StringBuilder out, int b) {
    if (b < 0x80 && UNRESERVED.indexOf(b) >= 0) {
      out.append((char) b);
    } else {
      out.append('%').append(String.format("%02X", b));
    }
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }

  private static RefusedException bad(String url, String why) {
    return new RefusedException(RejectReason.BAD_URL, "url '" + url + "': " + why);
  }
}
