package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The browser test tooling on its own, without the app: Chromium loads a page from a JDK HTTP
 * server, a click makes the page's script add an element a moment later, the test waits for it
 * and saves a screenshot. If this fails, the dashboard tests cannot work either.
 */
class BrowserSmokeIT {
  private static final Path OUT = Path.of("target", "browser");

  // The shapes the dashboard's contract uses: a list of articles filled in by script, data-live on body.
  private static final String PAGE = """
      <!doctype html>
      <html lang="ru"><head><meta charset="utf-8"><title>newsstream smoke</title>
      <style>
        body { font-family: "DejaVu Sans", sans-serif; margin: 40px; background: #f6f7f9; color: #1d2733; }
        h1 { font-size: 32px; }
        button { font-size: 20px; padding: 8px 20px; }
        #latest-articles li { font-size: 22px; margin: 12px 0; padding: 12px; background: #fff;
                              border-left: 6px solid #2f6fdf; list-style: none; }
      </style></head>
      <body>
        <h1>Браузерный тест / Браузерлік тест</h1>
        <button id="add">Добавить статью</button>
        <ul id="latest-articles"></ul>
        <script>
          document.getElementById('add').addEventListener('click', () => {
            setTimeout(() => {
              const li = document.createElement('li');
              li.dataset.articleId = 'smoke-1';
              li.textContent = 'ХХVI сессия ассамблеи Костанайской области';
              document.getElementById('latest-articles').appendChild(li);
              document.body.dataset.live = 'true';
            }, 300);
          });
        </script>
      </body></html>
      """;

  private static HttpServer server;

  @BeforeAll
  static void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      int status = exchange.getRequestURI().getPath().equals("/") ? 200 : 404;
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
      try (OutputStream out = exchange.getResponseBody()) {
        if (status == 200) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void loadsAPageClicksWaitsForTheScriptAndSavesAScreenshot() throws IOException {
    // Here, not in @BeforeAll, so that the report counts a skipped test and gives the reason.
    assumeTrue(BrowserSession.unavailable().isEmpty(), () -> BrowserSession.unavailable().get());
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path png = OUT.resolve("smoke.png");
    Files.deleteIfExists(png);

    try (BrowserSession browser = BrowserSession.start(OUT.resolve("smoke-chromedriver.log"))) {
      browser.open(url);
      assertThat(browser.driver().getTitle()).isEqualTo("newsstream smoke");
      assertThat(browser.driver().findElements(By.cssSelector("#latest-articles [data-article-id]"))).isEmpty();

      browser.driver().findElement(By.id("add")).click();
      WebElement article = browser.await(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("#latest-articles [data-article-id='smoke-1']")));
      browser.await(d -> "true".equals(browser.script("return document.body.dataset.live")));

      assertThat(article.getText()).contains("ХХVI сессия");
      assertThat(browser.script("return [window.innerWidth, window.innerHeight]"))
          .asList().containsExactly((long) BrowserSession.WIDTH, (long) BrowserSession.HEIGHT);
      browser.screenshot(png);
    }

    assertThat(png).exists();
    assertThat(Files.size(png)).as("PNG size").isGreaterThan(5_000);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a readable PNG").isNotNull();
    assertThat(image.getWidth()).isEqualTo(BrowserSession.WIDTH);
    assertThat(image.getHeight()).isEqualTo(BrowserSession.HEIGHT);
    assertThat(distinctColours(image)).as("colours in the screenshot: text was drawn").isGreaterThan(20);
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
