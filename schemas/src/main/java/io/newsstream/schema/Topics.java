package io.newsstream.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** The topics newsstream reads and writes: the contract between producer, streams app and consumers. */
public final class Topics {
  /** RawArticle, keyed by article id: what scrapers sent. */
  public static final String RAW = "news.raw.v1";
  /** EnrichedArticle, keyed by article id: one per story. */
  public static final String ARTICLES = "news.articles.v1";
  /** DuplicateNotice, keyed by the duplicate's id. */
  public static final String DUPLICATES = "news.duplicates.v1";
  /** SessionSummary, keyed by SessionKey; compacted changelog of the sessions view. */
  public static final String SESSIONS = "news.sessions.v1";
  /** RejectedInput: everything refused, with the reason. */
  public static final String DLQ = "news.dlq.v1";

  public static final List<String> ALL = List.of(RAW, ARTICLES, DUPLICATES, SESSIONS, DLQ);

  private Topics() {}

  /** Creates the missing ones; existing topics are left as they are (their partition count included). */
  public static void ensureExist(Admin admin, int partitions, short replicationFactor)
      throws InterruptedException {
    try {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing =
          ALL.stream()
              .filter(name -> !existing.contains(name))
              .map(name -> new NewTopic(name, partitions, replicationFactor).configs(configFor(name)))
              .collect(Collectors.toList());
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
        throw new IllegalStateException("could not create topics: " + e.getCause().getMessage(), e);
      }
    }
  }

  /**
   * Room for the largest record: articles may carry up to 2 MiB of text (the producer's limit), more
   * than the broker's 1 MB default.
   */
  public static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

  private static Map<String, String> configFor(String topic) {
    String maxMessageBytes = String.valueOf(MAX_MESSAGE_BYTES);
    // The sessions changelog keeps the latest summary per session; the others are event logs.
    return topic.equals(SESSIONS)
        ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes)
        : Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes);
  }
}
