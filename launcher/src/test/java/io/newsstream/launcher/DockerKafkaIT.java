package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * `newsstream run --once` on the official apache/kafka image at the pom's Kafka version, the
 * broker docker/compose.yaml runs. Needs a Docker engine: where none runs (these machines), it is
 * skipped and says so; ThreeBrokerClusterIT covers the cluster without one.
 */
class DockerKafkaIT {
  @TempDir Path dataDir;

  @Test
  void theSeedsGoThroughThePipelineOnTheApacheKafkaImage() throws Exception {
    assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
        "no Docker engine reachable (DOCKER_HOST, /var/run/docker.sock), so the apache/kafka container cannot "
            + "start; ThreeBrokerClusterIT runs the pipeline on in-process brokers instead");
    Path seeds = Path.of(System.getProperty("newsstream.seeds", "../../shared/seeds"));
    assumeTrue(Files.isRegularFile(seeds.resolve("expected.json")), "seed articles not present at " + seeds);
    try (KafkaContainer kafka = new KafkaContainer("apache/kafka:" + AppInfoParser.getVersion())) {
      kafka.start();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), "run", "--once",
          "--bootstrap-servers", kafka.getBootstrapServers(), "--data-dir", dataDir.toString(),
          "--http-port", "0", "--timeout", "PT3M", "--input", seeds.toString());
      assertThat(exit).as("exit code; stderr:%n%s", err).isZero();
      String[] lines = out.toString().strip().split("\n");
      JsonNode summary = new ObjectMapper().readTree(lines[lines.length - 1]);
      assertThat(summary.get("complete").asBoolean()).isTrue();
      assertThat(summary.get("articles").asLong()).isEqualTo(5);
      assertThat(summary.get("duplicates").asLong()).isZero();
    }
  }
}
