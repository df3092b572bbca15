package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The live dashboard in a real browser, on the whole app as {@code newsstream run} starts it
 * (embedded broker, registry, producer and streams app on one HTTP port): load {@code /}, wait for
 * its Server-Sent Events connection, ingest an article over {@code POST /api/ingest}, see it appear,
 * and keep a screenshot in {@code target/browser/dashboard.png}. The test writes nothing outside
 * target/; {@code scripts/refresh-dashboard-screenshot.sh} copies the screenshot to docs/.
 *
 * <p>The dashboard's contract: served at {@code /}; {@code #latest-articles} holds one child per
 * article with {@code data-article-id} and the title as text; {@code #regions-table} has rows
 * {@code tr[data-region="KZ-19"]}; {@code document.body.dataset.live == "true"} once the event
 * stream is open.
 */
class DashboardBrowserIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HTTP_PORT = Pattern.compile("http://localhost:(\\d+)/api/ingest");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  @TempDir Path dataDir;

  private final StringWriter status = new StringWriter();
  private Thread app;
  private int port;

  @BeforeEach
  void startTheApp() throws Exception {
    assumeTrue(BrowserSession.unavailable().isEmpty(), () -> BrowserSession.unavailable().get());
    // `newsstream run` without --once, in this JVM, exactly as a user starts it; it runs until
    // interrupted, then stops everything it started.
    String[] args = {
      "run", "--data-dir", dataDir.toString(), "--kafka-port", "0", "--http-port", "0", "--partitions", "2"
    };
    PrintWriter err = new PrintWriter(status, true);
    app = new Thread(() -> Main.execute(new PrintWriter(new StringWriter()), err, args), "newsstream-run");
    app.setDaemon(true);
    app.start();
    port = awaitRunning();
  }

  @AfterEach
  void stopTheApp() throws InterruptedException {
    if (app != null) {
      app.interrupt();
      app.join(Duration.ofMinutes(1).toMillis());
    }
  }

  @Test
  void anIngestedArticleAppearsOnTheLiveDashboard() throws Exception {
    String base = "http://localhost:" + port;
    // Latin numerals: the page shows the cleaned title, where look-alike letters are folded to Latin.
    String title = "XXV сессия Ассамблеи народа Казахстана Алматинской области";
    Path png = Path.of("target", "browser", "dashboard.png");
    Path log = Path.of("target", "browser", "dashboard-chromedriver.log");

    try (BrowserSession browser = BrowserSession.start(log)) {
      browser.open(base + "/");
      browser.await(ExpectedConditions.presenceOfElementLocated(By.id("latest-articles")));
      browser.await(ExpectedConditions.presenceOfElementLocated(By.id("regions-table")));
      browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-live='true']")));

      String id = ingest(base, title);

      // Through Kafka, the streams app (language detection loads on first use) and the event stream.
      WebElement article = browser.await(Duration.ofSeconds(90), ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("#latest-articles [data-article-id='" + id + "']")));
      assertThat(article.getText()).contains(title);
      // Enriched (Almaty region's session 25) and counted in the views: its region's row shows it.
      browser.await(Duration.ofSeconds(70), ExpectedConditions.textToBe(
          By.cssSelector("#regions-table tr[data-region='KZ-19'] td:nth-child(3)"), "1"));
      browser.await(Duration.ofSeconds(70), ExpectedConditions.textToBe(
          By.cssSelector("#regions-table tr[data-region='KZ-19'] td:nth-child(4)"), "1"));

      browser.screenshot(png);
    }
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  /** Sends one article as a scraper would and returns the id the producer gave it. */
  private static String ingest(String base, String title) throws IOException, InterruptedException {
    ObjectNode article = JSON.createObjectNode();
    article.put("url", "https://example.kz/news/" + UUID.randomUUID());
    article.put("source", "browser-test");
    article.put("title", title);
    // A sentence of its own so that a rerun on a kept data dir is not a duplicate.
    article.put("text", "В Талдыкоргане открылась XXV сессия ассамблеи народа Казахстана Алматинской области. "
        + "На сессию собрались члены ассамблеи, ветераны и руководители этнокультурных объединений "
        + "региона. Проверка панели: " + UUID.randomUUID() + ".");
    article.put("publishedAt", "2024-05-01T10:00:00+05:00");
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(article)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("ingest answer: %s", response.body()).isEqualTo(200);
    JsonNode item = JSON.readTree(response.body()).get("items").get(0);
    assertThat(item.get("status").asText()).isEqualTo("accepted");
    return item.get("id").asText();
  }

  /** Waits for the status line that says the streams app runs; returns the HTTP port it printed. */
  private int awaitRunning() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      String lines = status.toString();
      Matcher port = HTTP_PORT.matcher(lines);
      if (lines.contains("streams app: RUNNING") && port.find()) {
        return Integer.parseInt(port.group(1));
      }
      if (!app.isAlive()) {
        throw new AssertionError("newsstream run stopped before it ran:\n" + lines);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("newsstream run not running after " + START_TIMEOUT + ":\n" + status);
  }
}
