package io.newsstream.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identity of a text's words: equal fingerprints mean the same words in the same order, however
 * the lines were wrapped, punctuated or framed by site chrome.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** Hex SHA-256 of {@link #normalise(String)} of a text cleaned by {@link TextCleaner}. */
  public static String of(String cleanedText) {
    return sha256Hex(normalise(cleanedText));
  }

  /**
   * The words of a text, lower-case, joined by single spaces: letters and digits only (with their
   * combining marks), everything else is a separator.
   */
  public static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean separatorPending = false;
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      i += Character.charCount(cp);
      if (isWordPart(cp)) {
        if (separatorPending && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(cp);
        separatorPending = false;
      } else {
        separatorPending = true;
      }
    }
    return out.toString();
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of a string: the hash behind fingerprints and ids. */
  public static String sha256Hex(String s) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static boolean isWordPart(int cp) {
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
