package io.newsstream.producer;

import io.newsstream.dlq.Refusal;


/**
 * The final fate of one item: accepted (refusal null) or refused.
 *
 * @param articleId the article's id; for a refused item, null unless it could be computed
 */
record Outcome(String articleId, Refusal refusal) {
  boolean accepted() {
    return refusal == null;
  }
}
