package io.newsstream.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.TopologyDescription;

/** The topology as JSON: Kafka's own text, and the same as sub-topologies of named nodes. */
final class TopologyJson {
  private TopologyJson() {}

  static ObjectNode of(TopologyDescription topology) {
    ObjectNode json = AvroJson.MAPPER.createObjectNode();
    json.put("text", topology.toString());
    ArrayNode subs = json.putArray("subtopologies");
    topology.subtopologies().stream()
        .sorted(Comparator.comparingInt(TopologyDescription.Subtopology::id))
        .forEach(sub -> {
          ObjectNode s = subs.addObject();
          s.put("id", sub.id());
          ArrayNode nodes = s.putArray("nodes");
          sub.nodes().stream().sorted(Comparator.comparing(TopologyDescription.Node::name))
              .forEach(node -> nodes.add(node(node)));
        });
    ArrayNode globals = json.putArray("globalStores");
    topology.globalStores().forEach(g -> {
      ObjectNode s = globals.addObject();
      s.put("id", g.id());
      s.set("source", node(g.source()));
      s.set("processor", node(g.processor()));
    });
    return json;
  }

  private static ObjectNode node(TopologyDescription.Node node) {
    ObjectNode n = AvroJson.MAPPER.createObjectNode();
    n.put("name", node.name());
    if (node instanceof TopologyDescription.Source source) {
      n.put("type", "source");
      if (source.topicSet() != null) {
        source.topicSet().stream().sorted().forEach(n.putArray("topics")::add);
      } else if (source.topicPattern() != null) {
        n.put("topicPattern", source.topicPattern().pattern());
      }
    } else if (node instanceof TopologyDescription.Sink sink) {
      n.put("type", "sink");
      if (sink.topic() != null) {
        n.put("topic", sink.topic());
      }
    } else if (node instanceof TopologyDescription.Processor processor) {
      n.put("type", "processor");
      processor.stores().stream().sorted().forEach(n.putArray("stores")::add);
    }
    names(n.putArray("successors"), node.successors().stream().map(TopologyDescription.Node::name).sorted().toList());
    return n;
  }

  private static void names(ArrayNode array, List<String> names) {
    names.forEach(array::add);
  }
}
