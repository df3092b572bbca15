package io.newsstream.producer.source;

import io.newsstream.producer.id.CanonicalUrl;
import io.newsstream.producer.validate.ArticleDraft;
import io.newsstream.producer.validate.PublishedAt;
import io.newsstream.producer.validate.RefusedException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an article out of an HTML page with jsoup: the title, the text of the longest {@code
 * <article>} (or of the body when there is none) with its paragraphs on their own lines, and from the meta
 * tags the canonical URL, the site's name, the language and the publication date. Site chrome
 * inside the article stays: cleaning it is the streams app's job.
 */
public final class HtmlExtractor {
  // Not text at all.
  private static final String NON_TEXT = "script, style, noscript, template, svg, iframe, object";
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
      "meta[name=date]", "meta[name=DC.date.issued]");

  private HtmlExtractor() {}

  /** The draft of the page; fields the page does not have stay null. */
  public static ArticleDraft extract(String html) {
    Document doc = Jsoup.parse(html);
    doc.select(NON_TEXT).remove();
    Map<String, String> metadata = new LinkedHashMap<>();
    // Pages carry teasers as <article>s too: the story is the longest one.
    Element root = doc.select("article").stream()
        .max(Comparator.comparingInt(a -> a.text().length()))
        .orElse(doc.body());
    return new ArticleDraft(
        url(doc, metadata),
        meta(doc, "meta[property=og:site_name]"),
        title(doc),
        text(root),
        publishedAt(doc, metadata),
        doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang"),
        metadata);
  }

  private static String title(Document doc) {
    String og = meta(doc, "meta[property=og:title]");
    if (og != null) {
      return og;
    }
    if (!doc.title().isBlank()) {
      return doc.title();
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : h1.text();
  }

  // A page's own URL claim is kept only if it is one: a broken tag must not refuse the article.
  private static String url(Document doc, Map<String, String> metadata) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String url = canonical != null ? canonical.attr("href") : meta(doc, "meta[property=og:url]");
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      CanonicalUrl.of(url);
      return url.strip();
    } catch (RefusedException e) {
      metadata.put("html.url", url);
      return null;
    }
  }

  private static String publishedAt(Document doc, Map<String, String> metadata) {
    String date = null;
    for (String selector : DATE_META) {
      date = meta(doc, selector);
      if (date != null) {
        break;
      }
    }
    if (date == null) {
      Element time = doc.selectFirst("time[datetime]");
      date = time == null ? null : time.attr("datetime");
    }
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      PublishedAt.parse(date, Instant.now());
      return date;
    } catch (RefusedException e) {
      metadata.put("html.publishedAt", date);
      return null;
    }
  }

  private static String meta(Document doc, String selector) {
    Element meta = doc.selectFirst(selector);
    if (meta == null) {
      return null;
    }
    String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
    return content.isBlank() ? null : content.strip();
  }

  /** The text with each block (paragraph, heading, list item, line break) on its own line. */
  static String text(Element root) {
    StringBuilder out = new StringBuilder();
    new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.text());
        } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          out.append('\n');
        }
      }
    }.traverse(root);
    return out.toString()
        .replaceAll("[ \\t\\u00A0]+", " ")
        .replaceAll(" ?\\n ?", "\n")
        .replaceAll("\\n{2,}", "\n")
        .strip();
  }
}
