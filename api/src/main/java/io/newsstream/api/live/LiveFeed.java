package io.newsstream.api.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.sse.SseClient;
import io.newsstream.api.AvroJson;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.SessionSummary;
import io.newsstream.schema.Topics;
import io.newsstream.serde.AvroDeserializer;
import io.newsstream.serde.SchemaRegistryClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes what the pipeline publishes to browsers, as Server-Sent Events on {@code GET /api/events}:
 * an {@code article} event per new unique article, a {@code session} event per changed session
 * summary. The events are small; the page reads the details from the API.
 *
 * <p>Why a consumer of its own and not the views: the output topics are what the pipeline
 * committed (read_committed), in order, the moment it committed it, on every instance alike. It
 * has no consumer group — it assigns itself every partition — so any number of instances each
 * push everything to their own browsers, and none of them takes work from another or commits.
 * It starts near the end: the last {@link #BACKLOG_PER_PARTITION} articles of each partition fill
 * {@code GET /api/latest-articles}, so a fresh page is not empty.
 */
public final class LiveFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
  static final int BACKLOG_PER_PARTITION = 10;
  static final int LATEST = 30;
  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private final KafkaConsumer<String, byte[]> consumer;
  private final AvroDeserializer<EnrichedArticle> articles;
  private final AvroDeserializer<SessionSummary> sessions;
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final Deque<ObjectNode> latest = new ArrayDeque<>();
  private final Thread thread;
  private volatile boolean running = true;

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
    this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    this.articles = new AvroDeserializer<>(EnrichedArticle.class, registry);
    this.sessions = new AvroDeserializer<>(SessionSummary.class, registry);
    this.thread = new Thread(this::run, "newsstream-live-feed");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Mounts {@code GET /api/events} (SSE) and {@code GET /api/latest-articles}. */
  public void mount(Javalin app) {
    app.sse("/api/events", client -> {
      client.keepAlive();
      client.onClose(() -> clients.remove(client));
      clients.add(client);
      // The first bytes make the browser's EventSource fire "open" now, not at the first article.
      client.sendEvent("hello", "{\"connected\":true}");
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

  private void run() {
    long nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
    try {
      assignAll();
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          handle(record);
        }
        if (System.nanoTime() > nextHeartbeat) {
          // A comment line: keeps proxies from closing idle streams and finds browsers gone away.
          broadcast(null, null);
          nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("live feed stopped: {}", e.toString(), e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /** Waits until the topics exist, then takes every partition, a little before the end. */
  private void assignAll() throws WakeupException {
    List<TopicPartition> partitions = new ArrayList<>();
    while (running && partitions.isEmpty()) {
      for (String topic : List.of(Topics.ARTICLES, Topics.SESSIONS)) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos != null) {
          infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
      }
      if (partitions.isEmpty()) {
        sleep(Duration.ofSeconds(2));
      }
    }
    consumer.assign(partitions);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
    for (TopicPartition tp : partitions) {
      long end = ends.getOrDefault(tp, 0L);
      // Sessions: only what changes from now on. Articles: a backlog for the latest list.
      long back = tp.topic().equals(Topics.ARTICLES) ? BACKLOG_PER_PARTITION : 0;
      consumer.seek(tp, Math.max(starts.getOrDefault(tp, 0L), end - back));
    }
    LOG.info("live feed reading {} partitions", partitions.size());
  }

  private void handle(ConsumerRecord<String, byte[]> record) {
    try {
      if (record.topic().equals(Topics.ARTICLES)) {
        EnrichedArticle article = articles.deserialize(record.topic(), record.value());
        if (article != null) {
          ObjectNode event = LiveEvents.article(article);
          remember(event);
          broadcast("article", event);
        }
      } else {
        SessionSummary summary = sessions.deserialize(record.topic(), record.value());
        if (summary != null) {
          broadcast("session", LiveEvents.session(summary));
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
      latest.addFirst(article);
      while (latest.size() > LATEST) {
        latest.removeLast();
      }
    }
  }

  private void broadcast(String event, JsonNode data) {
    for (SseClient client : clients) {
      try {
        if (client.terminated()) {
          clients.remove(client);
        } else if (event == null) {
          client.sendComment("heartbeat");
        } else {
          client.sendEvent(event, data.toString());
        }
      } catch (RuntimeException e) {
        clients.remove(client);
      }
    }
  }

  private void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    clients.forEach(client -> {
      try {
        client.close();
      } catch (RuntimeException e) {
        // the browser went away first
      }
    });
    clients.clear();
  }
}
