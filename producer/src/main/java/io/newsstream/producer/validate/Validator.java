package io.newsstream.producer.validate;

import io.newsstream.producer.decode.TextDecoder;
import io.newsstream.producer.id.ArticleIds;
import io.newsstream.producer.id.CanonicalUrl;
import io.newsstream.schema.RawArticle;
import java.time.Instant;

/**
 * Checks a draft and makes it a RawArticle with its deterministic id, or refuses it with the first
 * reason found: no text, too large, binary or undecodable text, a bad URL, a bad date.
 */
public final class Validator {
  // Real text has at most a stray control character; a decoded binary blob has many.
  private static final double MAX_CONTROL_RATIO = 0.02;

  private final long maxTextBytes;

  /** @param maxTextBytes the largest text accepted, in UTF-8 bytes */
  public Validator(long maxTextBytes) {
    this.maxTextBytes = maxTextBytes;
  }

  /** The article to publish; throws {@link RefusedException} if there is none. */
  public RawArticle validate(ArticleDraft draft, String origin, Instant fetchedAt) {
    String text = checkedText(draft.text());
    String id = draft.url() == null ? ArticleIds.fromText(text) : ArticleIds.fromUrl(draft.url());
    return RawArticle.newBuilder()
        .setId(id)
        .setUrl(draft.url() == null ? null : draft.url().strip())
        .setSource(source(draft))
        .setTitle(blankToNull(draft.title()))
        .setText(text)
        .setPublishedAt(draft.publishedAt() == null || draft.publishedAt().isBlank()
            ? null
            : Dates.parse(draft.publishedAt(), fetchedAt))
        .setFetchedAt(fetchedAt)
        .setLanguageHint(Languages.normalise(draft.language()))
        .setOrigin(origin)
        .setMetadata(draft.metadata())
        .build();
  }

  private String checkedText(String text) {
    if (text == null) {
      throw new RefusedException(Reason.EMPTY_TEXT, "there is no text");
    }
    if (isBlank(text)) {
      throw new RefusedException(Reason.EMPTY_TEXT, text.isEmpty()
          ? "the text is empty"
          : "the text is only whitespace (" + text.length() + " characters)");
    }
    long size = utf8Length(text);
    if (size > maxTextBytes) {
      throw new RefusedException(Reason.TOO_LARGE,
          "the text is " + size + " bytes, over the limit of " + maxTextBytes);
    }
    int marks = 0;
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == TextDecoder.UNDECODABLE_MARK) {
        marks++;
      } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (marks > 0) {
      throw new RefusedException(Reason.UNDECODABLE,
          marks + " bytes of the text are invalid in the input's encoding");
    }
    if (controls > text.length() * MAX_CONTROL_RATIO) {
      throw new RefusedException(Reason.BINARY_CONTENT,
          controls + " control characters in " + text.length() + ": binary data, not text");
    }
    return text;
  }

  // Who sent it, if the sender did not say: the site the URL points to.
  private static String source(ArticleDraft draft) {
    if (draft.source() != null && !draft.source().isBlank()) {
      return draft.source().strip();
    }
    return draft.url() == null ? null : CanonicalUrl.host(draft.url());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Blank by Unicode's lights: also no-break and zero-width spaces, byte-order marks. */
  static boolean isBlank(String s) {
    return s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT);
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
