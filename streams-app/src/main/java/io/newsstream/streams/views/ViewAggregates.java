package io.newsstream.streams.views;

import io.newsstream.schema.ArticleRef;
import io.newsstream.schema.ArticleView;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RegionSessions;
import io.newsstream.schema.SessionRef;
import io.newsstream.schema.SessionSummary;
import io.newsstream.schema.views.CanonicalDuplicates;
import io.newsstream.schema.views.SessionArticle;
import io.newsstream.schema.views.SessionArticles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pure functions behind the views: adders, subtractors and derivations. Each aggregate keeps
 * its members whole (one entry per duplicate id, article id or session key), so that a subtractor
 * removes exactly what its adder put in, and a correction (subtract the old value, add the new one)
 * or a retraction (subtract the old value) leaves the aggregate as if the old value had never been.
 *
 * <p>None of them changes its arguments: Kafka Streams hands the old aggregate on downstream as the
 * "old value" of the change, which must stay as it was.
 */
final class ViewAggregates {
  /** Cap of {@link SessionSummary#getArticles()}: the newest ones are kept. */
  static final int MAX_SESSION_ARTICLES = 50;

  private static final Comparator<DuplicateNotice> DETECTION_ORDER =
      Comparator.comparing(DuplicateNotice::getDetectedAt).thenComparing(DuplicateNotice::getDuplicateId);
  private static final Comparator<SessionArticle> EVENT_ORDER =
      Comparator.comparing(SessionArticle::getEventTime).thenComparing(SessionArticle::getId);
  private static final Comparator<SessionSummary> SESSION_ORDER =
      Comparator.comparing((SessionSummary s) -> s.getKey().getLevel())
          .thenComparingInt(s -> s.getKey().getNumber())
          .thenComparing(s -> s.getKey().getDistrict(), Comparator.nullsFirst(Comparator.naturalOrder()));

  private ViewAggregates() {}

  /** When the article happened for the views: published, else fetched. */
  static Instant eventTime(EnrichedArticle article) {
    return article.getPublishedAt() != null ? article.getPublishedAt() : article.getFetchedAt();
  }

  /** A notice of an article about itself: a re-send, not a duplicate of it. */
  static boolean isSelfNotice(DuplicateNotice notice) {
    return notice.getDuplicateId().equals(notice.getCanonicalId());
  }

  // ---- duplicates per canonical article ----

  static CanonicalDuplicates noDuplicates() {
    return new CanonicalDuplicates(new ArrayList<>());
  }

  static CanonicalDuplicates addNotice(String canonicalId, DuplicateNotice notice, CanonicalDuplicates duplicates) {
    List<DuplicateNotice> notices = without(duplicates.getNotices(), DuplicateNotice::getDuplicateId, notice.getDuplicateId());
    notices.add(notice);
    notices.sort(DETECTION_ORDER);
    return new CanonicalDuplicates(notices);
  }

  /** Null, which deletes the entry, once the last duplicate is gone. */
  static CanonicalDuplicates removeNotice(String canonicalId, DuplicateNotice notice, CanonicalDuplicates duplicates) {
    List<DuplicateNotice> notices = without(duplicates.getNotices(), DuplicateNotice::getDuplicateId, notice.getDuplicateId());
    return notices.isEmpty() ? null : new CanonicalDuplicates(notices);
  }

  /** The articles-by-id value: the article with its duplicates (none when {@code duplicates} is null). */
  static ArticleView articleView(EnrichedArticle article, CanonicalDuplicates duplicates) {
    List<DuplicateNotice> notices = duplicates == null ? List.of() : duplicates.getNotices();
    Set<String> sources = new LinkedHashSet<>();
    if (article.getSource() != null) {
      sources.add(article.getSource());
    }
    List<String> ids = new ArrayList<>(notices.size());
    for (DuplicateNotice n : notices) {
      ids.add(n.getDuplicateId());
      if (n.getSource() != null) {
        sources.add(n.getSource());
      }
    }
    return new ArticleView(article, notices.size(), new ArrayList<>(sources), ids);
  }

  // ---- sessions ----

  /** The sessions-by-key key of the session an article reports on. */
  static String sessionKey(SessionRef session) {
    return ViewStores.sessionKey(
        session.getRegion(), session.getLevel().name(), session.getNumber(), session.getDistrict());
  }

  /** What an article (with a session) contributes to its session. */
  static SessionArticle contribution(ArticleView view) {
    EnrichedArticle article = view.getArticle();
    SessionRef session = article.getSession();
    return new SessionArticle(
        article.getId(),
        article.getTitle(),
        article.getLanguage(),
        eventTime(article),
        session.getCity(),
        session.getDate(),
        view.getDuplicateCount(),
        new ArrayList<>(view.getSources()));
  }

  static SessionArticles noArticles() {
    return new SessionArticles(new ArrayList<>());
  }

  static SessionArticles addArticle(String sessionKey, SessionArticle article, SessionArticles session) {
    List<SessionArticle> articles = without(session.getArticles(), SessionArticle::getId, article.getId());
    articles.add(article);
    articles.sort(EVENT_ORDER);
    return new SessionArticles(articles);
  }

  /** Null, which deletes the session, once its last article is gone. */
  static SessionArticles removeArticle(String sessionKey, SessionArticle article, SessionArticles session) {
    List<SessionArticle> articles = without(session.getArticles(), SessionArticle::getId, article.getId());
    return articles.isEmpty() ? null : new SessionArticles(articles);
  }

  /**
   * The session's summary, derived from its articles in event order: city and date from the first
   * article that states them, sources in order of first appearance. Null for no articles. The
   * articles are in event order already: {@link #addArticle} keeps them so.
   */
  static SessionSummary summarize(String sessionKey, SessionArticles session) {
    if (session == null || session.getArticles().isEmpty()) {
      return null;
    }
    List<SessionArticle> articles = session.getArticles();
    String city = null;
    LocalDate date = null;
    int duplicates = 0;
    Map<String, Integer> languages = new TreeMap<>();
    Set<String> sources = new LinkedHashSet<>();
    for (SessionArticle a : articles) {
      city = city != null ? city : a.getCity();
      date = date != null ? date : a.getDate();
      duplicates += a.getDuplicateCount();
      languages.merge(a.getLanguage(), 1, Integer::sum);
      sources.addAll(a.getSources());
    }
    List<ArticleRef> refs = new ArrayList<>();
    for (SessionArticle a : articles.subList(Math.max(0, articles.size() - MAX_SESSION_ARTICLES), articles.size())) {
      refs.add(new ArticleRef(a.getId(), a.getTitle()));
    }
    return SessionSummary.newBuilder()
        .setKey(ViewStores.parseSessionKey(sessionKey))
        .setCity(city)
        .setEventDate(date)
        .setFirstSeen(articles.get(0).getEventTime())
        .setLastSeen(articles.get(articles.size() - 1).getEventTime())
        .setArticleCount(articles.size())
        .setDuplicateCount(duplicates)
        .setLanguages(languages)
        .setSources(new ArrayList<>(sources))
        .setArticles(refs)
        .build();
  }

  // ---- sessions per region ----

  /** The session as its region lists it: everything but its articles (sessions-by-key has them). */
  static SessionSummary listed(SessionSummary session) {
    return SessionSummary.newBuilder(session).setArticles(List.of()).build();
  }

  static RegionSessions noSessions() {
    return new RegionSessions("", new ArrayList<>());
  }

  static RegionSessions addSession(String region, SessionSummary summary, RegionSessions sessions) {
    List<SessionSummary> list = without(sessions.getSessions(), SessionSummary::getKey, summary.getKey());
    list.add(summary);
    list.sort(SESSION_ORDER);
    return new RegionSessions(region, list);
  }

  /** Null, which deletes the region, once its last session is gone. */
  static RegionSessions removeSession(String region, SessionSummary summary, RegionSessions sessions) {
    List<SessionSummary> list = without(sessions.getSessions(), SessionSummary::getKey, summary.getKey());
    return list.isEmpty() ? null : new RegionSessions(region, list);
  }


  /** A copy of {@code members} without the one(s) whose key is {@code key}. */
  private static <T, K> List<T> without(List<T> members, Function<T, K> keyOf, K key) {
    List<T> rest = new ArrayList<>(members.size() + 1);
    for (T member : members) {
      if (!Objects.equals(keyOf.apply(member), key)) {
        rest.add(member);
      }
    }
    return rest;
  }
}
