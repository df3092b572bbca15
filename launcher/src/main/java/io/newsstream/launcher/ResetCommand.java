package io.newsstream.launcher;

import io.newsstream.schema.Topics;
import io.newsstream.streams.topology.NewsTopology;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.tools.StreamsResetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsstream reset}: the streams app starts over from the first raw article. Kafka's own
 * reset tool does the cluster's part (input offsets to the start, internal topics deleted); the
 * app's links topic, which the tool cannot know, is named to it as an intermediate topic (skipped
 * to its end), and the local state directory is deleted, as KafkaStreams#cleanUp would.
 */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Resets the streams app so that its next start processes " + Topics.RAW + " again from the start: "
          + "with Kafka's reset tool (StreamsResetter) its input offsets go to the beginning, its internal "
          + "topics (changelogs, repartition topics) are deleted, its links topic <application-id>-dedup-links "
          + "is skipped to its end; then its local state is deleted.",
      "",
      "Every instance of the app must be stopped first. The output topics are kept: consumers will see "
          + "the articles decided again. Asks for confirmation unless --yes."
    })
final class ResetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApplicationIdOptions application;

  @Option(names = "--state-dir", defaultValue = "${env:NEWSSTREAM_STATE_DIR}", paramLabel = "DIR",
      description = "The instance's state directory, as `newsstream streams --state-dir` had it "
          + "(default: DATA-DIR/streams, where `newsstream run` keeps it; env NEWSSTREAM_STATE_DIR).")
  Path stateDir;

  @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
  boolean yes;

  @Option(names = "--dry-run", description = "Say what would be reset; change nothing.")
  boolean dryRun;

  @Option(names = "--force",
      description = "Remove members still in the app's group (instances that crashed). Never with instances running.")
  boolean force;

  @Mixin ClusterOptions cluster;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String applicationId = application.applicationId();
    Path state = (stateDir != null ? stateDir : cluster.dataDir().resolve("streams")).resolve(applicationId);
    Properties app = new Properties();
    app.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    String links = NewsTopology.linksTopic(app);
    String where = cluster.where();
    err.printf("This resets streams app '%s' on %s: %s is read again from the start, its internal topics are "
        + "deleted, %s is skipped to its end, and the local state %s is deleted.%n", applicationId, where,
        Topics.RAW, links, state);
    if (!yes && !dryRun && !confirmed(err)) {
      err.println("newsstream reset: not confirmed; nothing changed");
      return 1;
    }
    try (ClusterOptions.Connection connection = cluster.open()) {
      List<String> args = new ArrayList<>(List.of("--bootstrap-server", connection.bootstrapServers(),
          "--application-id", applicationId));
      Set<String> existing;
      try (Admin admin = Admin.create(adminConfig(connection))) {
        existing = admin.listTopics().names().get();
      }
      // The tool refuses topics that do not exist: an app that never ran has no links topic yet.
      if (existing.contains(Topics.RAW)) {
        args.addAll(List.of("--input-topics", Topics.RAW));
      }
      if (existing.contains(links)) {
        args.addAll(List.of("--intermediate-topics", links));
      }
      if (dryRun) {
        args.add("--dry-run");
      }
      if (force) {
        args.add("--force");
      }
      Properties config = new Properties();
      config.putAll(cluster.kafkaProperties());
      int exit = new StreamsResetter().execute(args.toArray(String[]::new), config);
      if (exit != 0) {
        err.println("newsstream reset: Kafka's reset tool failed (it says why above); the local state is kept. "
            + "Are instances of '" + applicationId + "' still running? Stop them (or, for crashed ones, --force).");
        return exit;
      }
    }
    if (dryRun) {
      err.printf("newsstream reset: dry run; would delete %s%n", state);
    } else if (Files.exists(state)) {
      Utils.delete(state.toFile());
      err.printf("newsstream reset: deleted %s%n", state);
    }
    err.println("newsstream reset: done; the next start of the app processes " + Topics.RAW + " from the start");
    return 0;
  }

  private Map<String, Object> adminConfig(ClusterOptions.Connection connection) {
    Map<String, Object> config = new HashMap<>(cluster.kafkaProperties());
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection.bootstrapServers());
    return config;
  }

  private static boolean confirmed(PrintWriter err) throws IOException {
    err.print("Type 'yes' to reset: ");
    err.flush();
    String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    return answer != null && answer.strip().equalsIgnoreCase("yes");
  }
}
