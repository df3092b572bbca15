package io.newsstream.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (combined broker and controller, KRaft mode) running in this
 * process. Its log directory persists, so a restart on the same directory keeps topics and offsets.
 *
 * <p>Not {@code kafka.Kafka.main}: that calls {@code Exit.exit} and would end the whole process.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final int NODE_ID = 1;

  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private final Path logDir;
  private final Map<String, String> clientProperties;

  private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path logDir,
      Map<String, String> clientProperties) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
    this.logDir = logDir;
    this.clientProperties = clientProperties;
  }

  /**
   * Formats {@code logDir} if it is new, then starts the broker and waits until it answers.
   *
   * @param port the client port; 0 picks a free one
   * @param overrides broker properties that replace the single-node defaults
   */
  public static EmbeddedKafkaBroker start(Path logDir, int port, Map<String, String> overrides) {
    return start(logDir, port, overrides, false, Map.of());
  }

  /**
   * Like {@link #start}, but clients must authenticate: the client listener is SASL_PLAINTEXT with
   * mechanism PLAIN, for tests of security settings ({@link #clientProperties()} has what a client
   * needs). The controller listener stays plaintext on loopback.
   *
   * @param user the one user clients log in as (the broker uses it too)
   */
  public static EmbeddedKafkaBroker startWithSaslPlain(Path logDir, int port, String user, String password) {
    String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
        + "\" password=\"" + password + "\"";
    Map<String, String> broker = Map.of(
        "listener.name.sasl_plaintext.plain.sasl.jaas.config",
        jaas + " user_" + user + "=\"" + password + "\";",
        "sasl.enabled.mechanisms", "PLAIN",
        "sasl.mechanism.inter.broker.protocol", "PLAIN");
    Map<String, String> client = Map.of(
        "security.protocol", "SASL_PLAINTEXT",
        "sasl.mechanism", "PLAIN",
        "sasl.jaas.config", jaas + ";");
    return start(logDir, port, broker, true, client);
  }

  private static EmbeddedKafkaBroker start(Path logDir, int port, Map<String, String> overrides, boolean sasl,
      Map<String, String> clientProperties) {
    int brokerPort = port == 0 ? LocalPorts.free() : port;
    int controllerPort = LocalPorts.free();
    Properties props = singleNodeDefaults(logDir, brokerPort, controllerPort, sasl ? "SASL_PLAINTEXT" : "PLAINTEXT");
    props.putAll(overrides);
    KafkaConfig config = KafkaConfig.fromProps(props, false);
    formatIfNew(logDir, config);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
    EmbeddedKafkaBroker broker =
        new EmbeddedKafkaBroker(server, "localhost:" + brokerPort, logDir, clientProperties);
    broker.awaitReady(Duration.ofSeconds(60));
    log.info("Kafka broker ready at {} (data in {})", broker.bootstrapServers, logDir);
    return broker;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public Path logDir() {
    return logDir;
  }

  /** What a client needs besides {@link #bootstrapServers()}: empty, or the SASL settings. */
  public Map<String, String> clientProperties() {
    return clientProperties;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  private static Properties singleNodeDefaults(Path logDir, int brokerPort, int controllerPort, String protocol) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    p.put("listeners", protocol + "://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
    p.put("advertised.listeners", protocol + "://localhost:" + brokerPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("listener.security.protocol.map", protocol + ":" + protocol + ",CONTROLLER:PLAINTEXT");
    p.put("inter.broker.listener.name", protocol);
    p.put("log.dirs", logDir.toAbsolutePath().toString());
    // One node: every internal topic can have only one replica.
    p.put("offsets.topic.replication.factor", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    // Nobody else will join the group: do not wait for them.
    p.put("group.initial.rebalance.delay.ms", "0");
    // The default 128 MB cleaner buffer is for a production broker, not one inside an app.
    p.put("log.cleaner.dedupe.buffer.size", "2097152");
    p.put("num.partitions", "4");
    p.put("auto.create.topics.enable", "false");
    return p;
  }

  private static void formatIfNew(Path logDir, KafkaConfig config) {
    try {
      Files.createDirectories(logDir);
      if (Files.exists(logDir.resolve("meta.properties"))) {
        return;
      }
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(List.of(logDir.toAbsolutePath().toString()))
          .setMetadataLogDirectory(config.metadataLogDir())
          .setControllerListenerName("CONTROLLER")
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setIgnoreFormatted(true)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("could not format Kafka log directory " + logDir + ": " + e.getMessage(), e);
    }
  }

  private void awaitReady(Duration timeout) {
    Properties p = new Properties();
    p.putAll(clientProperties);
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = Admin.create(p)) {
      while (true) {
        try {
          admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
          return;
        } catch (ExecutionException | TimeoutException e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Kafka broker at " + bootstrapServers + " did not become ready", e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
    }
   }
}
