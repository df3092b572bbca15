package io.newsstream.producer.validate;

import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;
import io.newsstream.dlq.TextLimits;
import io.newsstream.producer.decode.TextDecoder;
import io.newsstream.producer.id.ArticleIds;
import io.newsstream.producer.id.CanonicalUrl;
import io.newsstream.schema.RawArticle;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a draft and makes it a RawArticle with its deterministic id, or refuses it with the first
 * reason found: no text, too large, binary or undecodable text, too short, a bad URL, a bad date.
 */
public final class Validator {
  // Real text has at most a stray control character; a decoded binary blob has many.
  private static final double MAX_CONTROL_RATIO = 0.02;

  private final TextLimits limits;

  /** @param limits the fewest letters and the most UTF-8 bytes a text may have */
  public Validator(TextLimits limits) {
    this.limits = limits;
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
            : PublishedAt.parse(draft.publishedAt(), fetchedAt))
        .setFetchedAt(fetchedAt)
        .setLanguageHint(Languages.normalise(draft.language()))
        .setOrigin(origin)
        .setMetadata(draft.metadata())
        .build();
  }

  private String checkedText(String text) {
    Optional<Refusal> limit = limits.check(text);
    // No text and too large are told first; too short only once the bytes are known to be text,
    // so that a binary blob is called binary.
    if (limit.isPresent() && limit.get().reason() != RejectReason.TOO_SHORT) {
      throw new RefusedException(limit.get());
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
      throw new RefusedException(RejectReason.UNDECODABLE,
          marks + " bytes of the text are invalid in the input's encoding");
    }
    if (controls > text.length() * MAX_CONTROL_RATIO) {
      throw new RefusedException(RejectReason.BINARY_CONTENT,
          controls + " control characters in " + text.length() + ": binary data, not text");
    }
    limit.ifPresent(tooShort -> {
      throw new RefusedException(tooShort);
    });
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
}
