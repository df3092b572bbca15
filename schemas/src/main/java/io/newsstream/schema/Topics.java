package io.newsstream.schema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The topics newsstream reads and writes, the contract between producer, streams app and
 * consumers: each with its key and value types and serdes ({@link Topic}). Everything that reads
 * or writes one takes it from here.
 */
public final class Topics {
  /**
   * The names, for where Java wants a constant (annotations, switch labels); everywhere else the
   * typed topics below, whose {@link Topic#name()} these are.
   */
  public static final class Names {
    public static final String RAW = "news.raw.v1";
    public static final String ARTICLES = "news.articles.v1";
    public static final String DUPLICATES = "news.duplicates.v1";
    public static final String SESSIONS = "news.sessions.v1";
    public static final String DLQ = "news.dlq.v1";

    private Names() {}
  }

  /** RawArticle, keyed by article id: what scrapers sent. */
  public static final Topic<String, RawArticle> RAW = Topic.keyedById(Names.RAW, RawArticle.class);
  /** EnrichedArticle, keyed by article id: one per story; a tombstone retracts one. */
  public static final Topic<String, EnrichedArticle> ARTICLES = Topic.keyedById(Names.ARTICLES, EnrichedArticle.class);
  /** DuplicateNotice, keyed by the duplicate's id. */
  public static final Topic<String, DuplicateNotice> DUPLICATES =
      Topic.keyedById(Names.DUPLICATES, DuplicateNotice.class);
  /** SessionSummary, keyed by SessionKey; compacted changelog of the sessions view. */
  public static final Topic<SessionKey, SessionSummary> SESSIONS =
      Topic.keyedBy(Names.SESSIONS, SessionKey.class, SessionSummary.class);
  /** RejectedInput: everything refused, with the reason; keyed by the article id when it has one. */
  public static final Topic<String, RejectedInput> DLQ = Topic.keyedById(Names.DLQ, RejectedInput.class);

  public static final List<Topic<?, ?>> ALL = List.of(RAW, ARTICLES, DUPLICATES, SESSIONS, DLQ);

  private Topics() {}

  /** The names of {@link #ALL}, in its order. */
  public static List<String> names() {
    return ALL.stream().map(Topic::name).toList();
  }

  /**
   * How long a tombstone stays on a compacted table topic: a consumer that reads the topic from the
   * start within this time after a retraction sees the article go, one that starts later never
   * sees it at all. Consumers that stop for longer should start over from the beginning.
   */
  public static final Duration TOMBSTONE_RETENTION = Duration.ofDays(7);

  /**
   * Room for the largest record: articles may carry up to 2 MiB of text (the producer's limit), more
   * than the broker's 1 MB default.
   */
  public static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

  /**
   * Creates the missing ones; existing topics are left as they are (their partition count
   * included), and what differs from {@link #configFor} is returned, each saying what to change.
   */
  public static List<String> ensureExist(Admin admin, int partitions, short replicationFactor)
      throws InterruptedException {
    try {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing =
          names().stream()
              .filter(name -> !existing.contains(name))
              .map(name -> new NewTopic(name, partitions, replicationFactor).configs(configFor(name)))
              .collect(Collectors.toList());
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get();
      }
      List<ConfigResource> checked = names().stream().filter(existing::contains)
          .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
      List<String> mismatches = new ArrayList<>();
      admin.describeConfigs(checked).all().get().forEach((resource, config) -> {
        Map<String, String> actual = new HashMap<>();
        config.entries().forEach(entry -> actual.put(entry.name(), entry.value()));
        mismatches.addAll(mismatches(resource.name(), configFor(resource.name()), actual));
      });
      return mismatches;
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
        throw new IllegalStateException("could not create topics: " + e.getCause().getMessage(), e);
      }
      return List.of();
    }
  }

  /** Each setting of {@code expected} that {@code actual} has otherwise, with the command that fixes it. */
  static List<String> mismatches(String topic, Map<String, String> expected, Map<String, String> actual) {
    return expected.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .filter(e -> !e.getValue().equals(actual.get(e.getKey())))
        .map(e -> String.format("%s has %s=%s, newsstream needs %s (kafka-configs.sh --bootstrap-server ... "
                + "--alter --entity-type topics --entity-name %s --add-config %s=%s)",
            topic, e.getKey(), actual.get(e.getKey()), e.getValue(), topic, e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * The settings newsstream gives each of its topics. Articles, duplicates and sessions are tables
   * (docs/dedup.md tells consumers to read them so): compacted, so that a late consumer still finds
   * every live article and no retracted one, with tombstones kept {@link #TOMBSTONE_RETENTION}.
   * Raw articles and rejects are event logs.
   */
  public static Map<String, String> configFor(String topic) {
    String maxMessageBytes = String.valueOf(MAX_MESSAGE_BYTES);
    return switch (topic) {
      case Names.ARTICLES, Names.DUPLICATES, Names.SESSIONS -> Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
          TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(TOMBSTONE_RETENTION.toMillis()),
          TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes);
      default -> Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes);
    };
  }
}
