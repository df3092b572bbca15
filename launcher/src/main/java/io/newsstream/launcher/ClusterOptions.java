package io.newsstream.launcher;

import io.newsstream.cli.DataDirOptions;
import io.newsstream.cli.KafkaOptions;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.registry.SchemaRegistryServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * Where an operator's command finds Kafka: the cluster given, or else the embedded default's broker,
 * started from the data directory for the command's length (a run on that directory must be
 * stopped first; it holds the directory).
 */
final class ClusterOptions {
  @Mixin KafkaOptions kafka;

  @Mixin DataDirOptions data;

  boolean embedded() {
    return kafka.embedded();
  }

  Path dataDir() {
    return data.dataDir();
  }

  /** The -X properties. */
  Map<String, String> kafkaProperties() {
    return kafka.properties();
  }

  /** Where the command works: the cluster given, else the embedded broker in the data directory. */
  String where() {
    return kafka.given().orElse("the embedded broker in " + data.dataDir());
  }

  /** The cluster, opened: the embedded broker started if need be; close stops what was started. */
  Connection open() {
    if (!embedded()) {
      return new Connection(kafka.bootstrapServers(), false, new ArrayDeque<>());
    }
    Path dataDir = data.dataDir();
    Path kafkaDir = dataDir.resolve("kafka");
    if (!Files.isDirectory(kafkaDir)) {
      throw new IllegalArgumentException("no embedded broker data in " + kafkaDir.toAbsolutePath()
          + ": run `newsstream run --data-dir " + dataDir + "` first, or give --bootstrap-servers");
    }
    // The broker's log lines go to the data directory's log file, not between this command's output.
    LogFile.redirectTo(dataDir.resolve("logs").resolve("newsstream.log"));
    EmbeddedKafkaBroker broker;
    try {
      broker = EmbeddedKafkaBroker.start(kafkaDir, 0, Map.of());
    } catch (RuntimeException e) {
      throw new IllegalStateException("could not start the embedded broker in " + kafkaDir.toAbsolutePath()
          + " (is `newsstream run` still running on it? stop it, or give --bootstrap-servers)", e);
    }
    Deque<AutoCloseable> started = new ArrayDeque<>();
    started.push(broker);
    return new Connection(broker.bootstrapServers(), true, started);
  }

  /** A cluster to use, and what was started for it. */
  static final class Connection implements AutoCloseable {
    private final String bootstrapServers;
    private final boolean embedded;
    private final Deque<AutoCloseable> started;

    private Connection(String bootstrapServers, boolean embedded, Deque<AutoCloseable> started) {
      this.bootstrapServers = bootstrapServers;
      this.embedded = embedded;
      this.started = started;
    }

    String bootstrapServers() {
      return bootstrapServers;
    }

    /** The registry given; on the embedded broker, else one served on a free port from its _schemas topic. */
    String registryUrl(Optional<String> given) {
      if (given.isPresent()) {
        return given.get();
      }
      if (!embedded) {
        throw new IllegalArgumentException("on a cluster, give its registry with --schema-registry-url");
      }
      SchemaRegistryServer registry = SchemaRegistryServer.start(bootstrapServers, 0, (short) 1);
      started.push(registry);
      return registry.url();
    }

    @Override
    public void close() throws Exception {
      while (!started.isEmpty()) {
        started.pop().close();
      }
    }
  }
}
