package io.newsstream.launcher;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.schema.Topics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream topics}: our topics with their partitions, replication, configs and sizes. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists newsstream's topics (" + Topics.RAW + " and the other contract topics, _schemas, and the "
          + "streams app's own: <application-id>-...) with partitions, replication factor, "
          + "min.insync.replicas, cleanup policy, retention, max.message.bytes and records.",
      "",
      "Records are end minus start offsets summed over the partitions: an upper bound, as transaction "
          + "markers take offsets and compaction leaves gaps."
    })
final class TopicsCommand implements Callable<Integer> {
  private static final List<String> CONFIGS = List.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
      TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.RETENTION_MS_CONFIG, TopicConfig.MAX_MESSAGE_BYTES_CONFIG);

  @Spec CommandSpec spec;

  @Mixin ApplicationIdOptions application;

  @Option(names = "--json", description = "One JSON object per topic, as JSON Lines, instead of a table.")
  boolean json;

  @Mixin ClusterOptions cluster;

  @Override
  public Integer call() throws Exception {
    try (ClusterOptions.Connection connection = cluster.open()) {
      Map<String, Object> config = new HashMap<>(cluster.kafkaProperties());
      config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection.bootstrapServers());
      try (Admin admin = Admin.create(config)) {
        List<ObjectNode> rows = describe(admin);
        print(rows, spec.commandLine().getOut());
      }
    }
    return 0;
  }

  private List<ObjectNode> describe(Admin admin) throws Exception {
    List<String> names = admin.listTopics().names().get().stream()
        .filter(n -> Topics.ALL.contains(n) || n.equals("_schemas") || n.startsWith(application.applicationId() + "-"))
        .sorted(Comparator.comparingInt(TopicsCommand::rank).thenComparing(n -> n))
        .toList();
    Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
    List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
    List<TopicPartition> partitions = new ArrayList<>();
    descriptions.values().forEach(d -> d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
    Map<TopicPartition, ListOffsetsResultInfo> starts = admin.listOffsets(offsets(partitions, OffsetSpec.earliest())).all().get();
    Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(offsets(partitions, OffsetSpec.latest())).all().get();
    List<ObjectNode> rows = new ArrayList<>();
    for (String name : names) {
      TopicDescription description = descriptions.get(name);
      ObjectNode row = JsonNodeFactory.instance.objectNode();
      row.put("topic", name);
      row.put("partitions", description.partitions().size());
      row.put("replicationFactor", description.partitions().get(0).replicas().size());
      Config topicConfig = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
      ObjectNode values = row.putObject("configs");
      CONFIGS.forEach(key -> values.put(key, topicConfig.get(key).value()));
      long records = description.partitions().stream().map(p -> new TopicPartition(name, p.partition()))
          .mapToLong(tp -> ends.get(tp).offset() - starts.get(tp).offset()).sum();
      row.put("records", records);
      rows.add(row);
    }
    return rows;
  }

  /** The contract topics first, in their own order, then the rest by name. */
  private static int rank(String topic) {
    int index = Topics.ALL.indexOf(topic);
    return index >= 0 ? index : Topics.ALL.size();
  }

  private static Map<TopicPartition, OffsetSpec> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(p -> request.put(p, spec));
    return request;
  }

  private void print(List<ObjectNode> rows, PrintWriter out) {
    if (json) {
      rows.forEach(out::println);
      out.flush();
      return;
    }
    String format = "%-58s %10s %8s %11s %-14s %14s %17s %10s%n";
    out.printf(format, "topic", "partitions", "replicas", "min.insync", "cleanup", "retention.ms", "max.message.bytes", "records");
    for (ObjectNode row : rows) {
      var configs = row.get("configs");
      out.printf(format, row.get("topic").asText(), row.get("partitions").asInt(), row.get("replicationFactor").asInt(),
          configs.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).asText(), configs.get(TopicConfig.CLEANUP_POLICY_CONFIG).asText(),
          configs.get(TopicConfig.RETENTION_MS_CONFIG).asText(), configs.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).asText(),
          row.get("records").asLong());
    }
    out.flush();
  }
}
