package io.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.producer.publish.RecordHeaders;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The acceptance command: a mixed directory through {@code produce} onto the real topics. */
class ProducerIT {
  @TempDir Path dir;
  private final KafkaCluster cluster = KafkaCluster.shared();

  @Test
  void goodFilesReachTheRawTopicAndBadOnesTheDeadLetterQueueWithReasons() throws Exception {
    Inputs.writeMixedDirectory(dir);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new CommandLine(new ProduceCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute("--bootstrap-servers", cluster.broker.bootstrapServers(),
            "--schema-registry-url", cluster.registry.url(), dir.toString());

    assertThat(status).as(err.toString()).isEqualTo(ProduceCommand.EXIT_REFUSED);
    assertThat(out.toString()).containsPattern("sent\\s+8\\n").containsPattern("refused\\s+4");

    String prefix = dir.toAbsolutePath().toString();
    List<ConsumerRecord<String, RawArticle>> raw = cluster.readAll(Topics.RAW).stream()
        .filter(r -> r.value().getOrigin().startsWith(prefix)).toList();
    assertThat(raw).hasSize(Inputs.GOOD);
    assertThat(raw).allSatisfy(r -> {
      assertThat(r.key()).isEqualTo(r.value().getId());
      assertThat(r.headers().lastHeader(RecordHeaders.CONTENT_TYPE)).isNotNull();
    });
    ConsumerRecord<String, RawArticle> cp1251 = raw.stream()
        .filter(r -> r.value().getOrigin().endsWith("russian-1251.txt")).findFirst().orElseThrow();
    assertThat(cp1251.value().getText()).isEqualTo(Texts.RUSSIAN);
    ConsumerRecord<String, RawArticle> kazakh = raw.stream()
        .filter(r -> r.value().getOrigin().endsWith("kazakh.txt")).findFirst().orElseThrow();
    assertThat(new String(kazakh.headers().lastHeader(RecordHeaders.SOURCE).value(), StandardCharsets.UTF_8))
        .isEqualTo("example.kz");

    Map<String, String> dead = cluster.readAll(Topics.DLQ).stream()
        .map(ConsumerRecord::value)
        .filter(r -> r.getOrigin().startsWith(prefix))
        .collect(Collectors.toMap(r -> r.getOrigin().substring(prefix.length() + 1), RejectedInput::getReason));
    assertThat(dead).isEqualTo(Map.of(
        "empty.txt", "EMPTY_TEXT",
        "image.bin", "BINARY_CONTENT",
        "feed.jsonl:2", "MALFORMED_JSON",
        "feed.jsonl:3", "BAD_DATE"));
  }
}
