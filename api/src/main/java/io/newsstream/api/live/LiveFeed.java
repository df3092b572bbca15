package io.newsstream.api.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.sse.SseClient;
import io.newsstream.api.AvroJson;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.SessionKey;
import io.newsstream.schema.SessionSummary;
import io.newsstream.schema.Topics;
import io.newsstream.serde.SchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes what the pipeline publishes to browsers, as Server-Sent Events on {@code GET /api/events}:
 * an {@code article} event per new unique article, a {@code retracted} event {id} per article
 * withdrawn (a tombstone on news.articles.v1: it turned out a duplicate of an earlier one), a
 * {@code session} event per changed session summary (0 articles when a tombstone on
 * news.sessions.v1 says its last article went). The events are small; the page reads the details
 * from the API.
 *
 * <p>Why a consumer of its own and not the views: the output topics are what the pipeline
 * committed (read_committed), in order, the moment it committed it, on every instance alike. It
 * has no consumer group — it assigns itself every partition — so any number of instances each
 * push everything to their own browsers, and none of them takes work from another or commits.
 *
 * <p>It starts near the end. The backlog is the last {@link #BACKLOG_PER_PARTITION} records of
 * each news.articles.v1 partition, tombstones and re-sends included; {@code GET
 * /api/latest-articles} keeps the newest {@link #LATEST} of what it read by processedAt. So a fresh
 * page is not empty, but the list is the newest of that backlog, not necessarily the newest
 * articles of the whole topic (a partition may hold more of those than its backlog).
 *
 * <p>Every browser has a bounded queue of its own, written by a thread of a small pool: the
 * consumer thread only enqueues, so a browser that stalls stalls nobody else; one whose queue is
 * full is dropped (its EventSource reconnects and reloads).
 */
public final class LiveFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
  static final int BACKLOG_PER_PARTITION = 10;
  static final int LATEST = 30;
  /** Events a browser may be behind before it is dropped: a burst of articles fits. */
  static final int CLIENT_QUEUE = 256;
  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration HEARTBEAT = Duration.ofSeconds(15);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LAST_RETRY = Duration.ofSeconds(30);
  private static final Comparator<ObjectNode> NEWEST_FIRST =
      Comparator.comparing((ObjectNode a) -> Instant.parse(a.path("processedAt").asText())).reversed();

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Deserializer<EnrichedArticle> articles;
  private final Deserializer<SessionKey> sessionKeys;
  private final Deserializer<SessionSummary> sessions;
  private final Set<Listener> clients = ConcurrentHashMap.newKeySet();
  private final List<ObjectNode> latest = new ArrayList<>();
  // Writes to browsers: a thread per browser being written to at the moment, none when idle.
  private final ExecutorService writers = Executors.newCachedThreadPool(daemon("newsstream-live-writer"));
  private final Thread thread;
  private volatile boolean running = true;
  private final CountDownLatch closing = new CountDownLatch(1);

  /** One browser: its pending events, written in order by at most one writer at a time. */
  private final class Listener {
    private final SseClient client;
    private final BlockingQueue<String[]> pending = new ArrayBlockingQueue<>(CLIENT_QUEUE);
    private final AtomicBoolean writing = new AtomicBoolean();

    Listener(SseClient client) {
      this.client = client;
    }

    /** Queues an event (null name: a heartbeat comment); false if the browser is too far behind. */
    boolean offer(String event, String data) {
      if (!pending.offer(new String[] {event, data})) {
        return false;
      }
      if (writing.compareAndSet(false, true)) {
        writers.execute(this::drain);
      }
      return true;
    }

    private void drain() {
      do {
        try {
          for (String[] next; (next = pending.poll()) != null; ) {
            if (client.terminated()) {
              drop(this);
              return;
            }
            if (next[0] == null) {
              client.sendComment(next[1]);
            } else {
              client.sendEvent(next[0], next[1]);
            }
          }
        } catch (RuntimeException e) {
          drop(this);
          return;
        } finally {
          writing.set(false);
        }
        // An event queued after the last poll and before writing was cleared has no writer yet.
      } while (!pending.isEmpty() && writing.compareAndSet(false, true));
    }
  }

  /**
   * Starts consuming at once.
   *
   * @param consumerOverrides any consumer property (security, client.id...); wins over the defaults
   */
  public LiveFeed(String bootstrapServers, SchemaRegistryClient registry, Map<String, Object> consumerOverrides) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsstream-live-feed");
    config.putAll(consumerOverrides);
    config.remove(ConsumerConfig.GROUP_ID_CONFIG); // group-less by design, whatever was passed
    // Keys as bytes: news.articles.v1 is keyed by the article id, news.sessions.v1 by an Avro SessionKey.
    this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.articles = Topics.ARTICLES.valueDeserializer(registry);
    this.sessionKeys = Topics.SESSIONS.keySerde(registry).deserializer();
    this.sessions = Topics.SESSIONS.valueDeserializer(registry);
    this.thread = new Thread(this::run, "newsstream-live-feed");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Mounts {@code GET /api/events} (SSE) and {@code GET /api/latest-articles}. */
  public void mount(Javalin app) {
    app.sse("/api/events", client -> {
      client.keepAlive();
      // The first bytes make the browser's EventSource fire "open" now, not at the first article.
      // Sent before the client is listed, so no event is written to it concurrently with hello.
      client.sendEvent("hello", "{\"connected\":true}");
      Listener listener = new Listener(client);
      client.onClose(() -> clients.remove(listener));
      clients.add(listener);
    });
    app.get("/api/latest-articles", ctx -> {
      ArrayNode list = AvroJson.MAPPER.createArrayNode();
      synchronized (latest) {
        latest.forEach(list::add);
      }
      ObjectNode body = AvroJson.MAPPER.createObjectNode();
      body.set("articles", list);
      ctx.contentType(ContentType.APPLICATION_JSON).result(body.toString());
    });
  }

  /** How many browsers listen now. */
  public int clients() {
    return clients.size();
  }

  /**
   * Reads until closed. Any failure (the broker slow or away at start, a timeout of a metadata
   * call) is retried after a growing pause: a dashboard without live events is no reason to
   * stop trying.
   */
  private void run() {
    long nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
    Duration retry = FIRST_RETRY;
    boolean assigned = false;
    try {
      while (running) {
        try {
          if (!assigned) {
            assigned = assignAll();
            if (!assigned) {
              sleep(Duration.ofSeconds(2));
              continue;
            }
          }
          for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
            handle(record);
          }
          retry = FIRST_RETRY;
          if (System.nanoTime() > nextHeartbeat) {
            // A comment line: keeps proxies from closing idle streams and finds browsers gone away.
            broadcast(null, "heartbeat");
            nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
          }
        } catch (WakeupException e) {
          // close() wakes the consumer; the loop ends on running
        } catch (RuntimeException e) {
          LOG.warn("live feed failed, retrying in {}: {}", retry, e.toString());
          sleep(retry);
          retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
      }
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /**
   * Takes every partition of both topics, a little before the end; false while either topic does
   * not exist yet (assigning one alone would miss the other's events for good).
   */
  private boolean assignAll() {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(Topics.ARTICLES.name(), Topics.SESSIONS.name())) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
      if (infos == null || infos.isEmpty()) {
        return false;
      }
      infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
    }
    consumer.assign(partitions);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
    for (TopicPartition tp : partitions) {
      long end = ends.getOrDefault(tp, 0L);
      // Sessions: only what changes from now on. Articles: a backlog for the latest list.
      long back = tp.topic().equals(Topics.ARTICLES.name()) ? BACKLOG_PER_PARTITION : 0;
      consumer.seek(tp, Math.max(starts.getOrDefault(tp, 0L), end - back));
    }
    LOG.info("live feed reading {} partitions", partitions.size());
    return true;
  }

  private void handle(ConsumerRecord<byte[], byte[]> record) {
    try {
      if (record.topic().equals(Topics.ARTICLES.name())) {
        EnrichedArticle article = articles.deserialize(record.topic(), record.value());
        if (article != null) {
          ObjectNode event = LiveEvents.article(article);
          remember(event);
          broadcast("article", event);
        } else if (record.key() != null) {
          String id = new String(record.key(), StandardCharsets.UTF_8);
          forget(id);
          broadcast("retracted", LiveEvents.retracted(id));
        }
      } else {
        SessionSummary summary = sessions.deserialize(record.topic(), record.value());
        if (summary != null) {
          broadcast("session", LiveEvents.session(summary));
        } else if (record.key() != null) {
          broadcast("session", LiveEvents.sessionGone(sessionKeys.deserialize(record.topic(), record.key())));
        }
      }
    } catch (RuntimeException e) {
      // One record the feed cannot read must not stop the feed; the pipeline's DLQ has the real story.
      LOG.warn("live feed skipped {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
    }
  }

  private void remember(ObjectNode article) {
    synchronized (latest) {
      latest.removeIf(a -> a.path("id").equals(article.path("id")));
      latest.add(article);
      // The backlog arrives partition by partition, not in time order.
      latest.sort(NEWEST_FIRST);
      while (latest.size() > LATEST) {
        latest.remove(latest.size() - 1);
      }
    }
  }

  private void forget(String id) {
    synchronized (latest) {
      latest.removeIf(a -> a.path("id").asText().equals(id));
    }
  }

  private void broadcast(String event, Object data) {
    String text = data.toString();
    for (Listener listener : clients) {
      if (!listener.offer(event, text)) {
        LOG.info("live feed dropped a browser {} events behind", CLIENT_QUEUE);
        drop(listener);
      }
    }
  }

  private void drop(Listener listener) {
    if (clients.remove(listener)) {
      try {
        listener.client.close();
      } catch (RuntimeException e) {
        // the browser went away first
      }
    }
  }

  /** A pause that close() ends at once, without interrupting the thread (the consumer's close would throw). */
  private void sleep(Duration duration) {
    try {
      closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static ThreadFactory daemon(String name) {
    return work -> {
      Thread t = new Thread(work, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    closing.countDown(); // if it pauses before a retry
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    new ArrayList<>(clients).forEach(this::drop);
    writers.shutdownNow();
  }
}
