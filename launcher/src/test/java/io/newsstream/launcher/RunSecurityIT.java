package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.kafka.EmbeddedKafkaBroker;
import io.newsstream.kafka.LocalPorts;
import io.newsstream.registry.RegistryAccess;
import io.newsstream.registry.SchemaRegistry;
import io.newsstream.registry.SchemaRegistryServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, end to end: security settings reach every client of {@code run}, and the embedded
 * default lets nobody in from outside.
 */
class RunSecurityIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KAFKA_PASSWORD = "kafka-pa55word";
  private static final String REGISTRY_PASSWORD = "registry-pa55word";

  @TempDir Path dir;

  /**
   * A broker that only takes SASL logins and a registry whose changes need basic auth: {@code run}
   * creates its topics, registers its schemas, processes and watches verdicts through -X alone,
   * and shows neither password on the console or in its log.
   */
  @Test
  void runWorksOnASaslClusterWithARegistryBehindBasicAuthAndShowsNoSecret() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    for (String name : List.of("astana.txt", "pavlodar.txt")) {
      try (var text = RunSecurityIT.class.getResourceAsStream("/secured/" + name)) {
        Files.copy(text, input.resolve(name));
      }
    }
    try (EmbeddedKafkaBroker broker =
            EmbeddedKafkaBroker.startWithSaslPlain(dir.resolve("kafka"), 0, "newsstream", KAFKA_PASSWORD);
        SchemaRegistryServer registry = SchemaRegistryServer.start(
            SchemaRegistry.open(broker.bootstrapServers(), (short) 1, broker.clientProperties()), "127.0.0.1", 0,
            RegistryAccess.of(Optional.of("writer:" + REGISTRY_PASSWORD), RegistryAccess.Mode.READWRITE))) {
      List<String> args = new ArrayList<>(List.of("run", "--once",
          "--bootstrap-servers", broker.bootstrapServers(), "--schema-registry-url", registry.url(),
          "--data-dir", dir.resolve("data").toString(), "--http-port", "0", "--http-host", "127.0.0.1",
          "--partitions", "2", "--timeout", "PT3M", "--input", input.toString(),
          "-X", "basic.auth.credentials.source=USER_INFO", "-X", "basic.auth.user.info=writer:" + REGISTRY_PASSWORD));
      broker.clientProperties().forEach((key, value) -> args.addAll(List.of("-X", key + "=" + value)));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();

      int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));

      assertThat(exit).as("exit code; stderr:%n%s", err).isZero();
      String[] lines = out.toString().strip().split("\n");
      JsonNode summary = JSON.readTree(lines[lines.length - 1]);
      assertThat(summary.get("ingested").asLong()).isEqualTo(2);
      assertThat(summary.get("articles").asLong()).isEqualTo(2);
      assertThat(summary.get("complete").asBoolean()).isTrue();
      String log = Files.readString(dir.resolve("data/logs/newsstream.log"));
      for (String shown : List.of(out.toString(), err.toString(), log)) {
        assertThat(shown).doesNotContain(KAFKA_PASSWORD).doesNotContain(REGISTRY_PASSWORD);
      }
    }
  }

  /**
   * {@code run} as a user starts it: the HTTP port on loopback only, the registry refusing a
   * permanent delete from anyone, the ingest token taken from NEWSSTREAM_INGEST_TOKEN, the API and
   * dashboard open.
   */
  @Test
  void theEmbeddedDefaultListensOnLoopbackAndLocksChanges() throws Exception {
    int port = LocalPorts.free();
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", "--data-dir", dir.resolve("data").toString(), "--http-port", String.valueOf(port),
        "--kafka-port", "0", "--partitions", "1");
    builder.environment().put("NEWSSTREAM_INGEST_TOKEN", "ingest-token");
    builder.environment().remove("NEWSSTREAM_HTTP_HOST");
    builder.environment().remove("NEWSSTREAM_BOOTSTRAP_SERVERS");
    builder.environment().remove("NEWSSTREAM_SCHEMA_REGISTRY_URL");
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process run = builder.start();
    try {
      String console = awaitLine(run, "streams app: RUNNING");
      assertThat(console).contains("listening on 127.0.0.1:" + port, "loopback only", "bearer token required");
      String base = "http://127.0.0.1:" + port;

      HttpResponse<String> delete = send(HttpRequest.newBuilder(
          URI.create(base + "/registry/subjects/news.raw.v1-value?permanent=true")).DELETE());
      assertThat(delete.statusCode()).isEqualTo(401);
      assertThat(send(HttpRequest.newBuilder(URI.create(base + "/registry/config"))
          .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"NONE\"}"))).statusCode()).isEqualTo(401);

      HttpRequest.Builder ingest = HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
          .header("Content-Type", "text/plain; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(
              Files.readString(Path.of("src/test/resources/secured/astana.txt"))));
      assertThat(send(ingest).statusCode()).isEqualTo(401);
      assertThat(send(ingest.header("Authorization", "Bearer ingest-token")).statusCode()).isEqualTo(200);
      // The producer registered its schema with the process' own credentials; anyone reads it.
      assertThat(send(HttpRequest.newBuilder(URI.create(base + "/registry/subjects"))).body())
          .contains("news.raw.v1-value");
      assertThat(send(HttpRequest.newBuilder(URI.create(base + "/registry/subjects/news.raw.v1-value?permanent=true"))
          .DELETE()).statusCode()).isEqualTo(401);
      assertThat(send(HttpRequest.newBuilder(URI.create(base + "/"))).statusCode()).isEqualTo(200);
      assertThat(send(HttpRequest.newBuilder(URI.create(base + "/health/live"))).statusCode()).isEqualTo(200);

      Optional<InetAddress> outside = nonLoopbackAddress();
      if (outside.isPresent()) {
        assertThatThrownBy(() -> {
          try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside.get(), port), 2_000);
          }
        }).isInstanceOf(ConnectException.class);
      }
    } finally {
      run.destroy();
      if (!run.waitFor(60, TimeUnit.SECONDS)) {
        run.destroyForcibly();
      }
    }
  }

  /** Reads the process' stderr until a line contains {@code wanted}; returns all lines read. */
  private static String awaitLine(Process process, String wanted) throws Exception {
    BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
      try {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          seen.append(line).append('\n');
          if (line.contains(wanted)) {
            return seen.toString();
          }
        }
        throw new IllegalStateException("run ended before '" + wanted + "':\n" + seen);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    String console = found.get(4, TimeUnit.MINUTES);
    // Keep draining, so the process never blocks on a full pipe.
    CompletableFuture.runAsync(() -> reader.lines().forEach(line -> {}));
    return console;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    return NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .findFirst();
  }
}
