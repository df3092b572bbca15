package io.newsstream.enrich.session;

import io.newsstream.enrich.SessionInfo;
import io.newsstream.enrich.SessionMentionInfo;
import java.util.List;

/**
 * The sessions of an article.
 *
 * @param subject the session it reports on, or null
 * @param mentioned the other sessions it refers to, in order of first mention, without repeats
 */
public record SessionReport(SessionInfo subject, List<SessionMentionInfo> mentioned) {}
