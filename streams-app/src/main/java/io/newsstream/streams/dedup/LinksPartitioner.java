package io.newsstream.streams.dedup;

import io.newsstream.streams.dedup.records.DedupMessage;
import io.newsstream.streams.dedup.records.DedupMessageKind;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Where a message on the links topic goes: a sketch to every partition it names (the other owners of
 * the article's bands, one record each, KIP-837); anything else to its key's partition, as Kafka's
 * default partitioner places the article ids of news.raw.v1, so it reaches that article's verdict.
 */
final class LinksPartitioner implements StreamPartitioner<String, DedupMessage> {
  private final int partitions;

  LinksPartitioner(int partitions) {
    this.partitions = partitions;
  }

  @Override
  public Optional<Set<Integer>> partitions(String topic, String key, DedupMessage message, int numPartitions) {
    if (message.getKind() != DedupMessageKind.SKETCH) {
      return Optional.empty();
    }
    if (numPartitions != partitions) {
      throw new IllegalStateException(topic + " has " + numPartitions + " partitions, the app was started for "
          + partitions + ": band owners would not match. Restart every instance.");
    }
    return Optional.of(new HashSet<>(message.getTo()));
  }
}
