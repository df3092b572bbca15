package io.newsstream.launcher;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, for the browser tests.
 *
 * <p>Nothing is downloaded: both executables are given explicitly, so Selenium Manager never runs.
 * They are {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (installed by
 * {@code scripts/ensure-chromium.sh} before the integration tests), or the system properties
 * {@code newsstream.chromium} and {@code newsstream.chromedriver}. Tests call {@link #unavailable()}
 * in an assumption and skip with its reason where they are missing.
 *
 * <p>Chromium runs with a fresh profile, a 1400x1000 window and every background service off: on
 * these machines the network is closed and Chromium otherwise hangs on its update, sync and
 * safe-browsing connections.
 */
public final class BrowserSession implements AutoCloseable {
  /** The page's viewport, and so the screenshots. */
  public static final int WIDTH = 1400;
  public static final int HEIGHT = 1000;
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

  private static final Path CHROMIUM = Path.of(System.getProperty("newsstream.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("newsstream.chromedriver", "/usr/bin/chromedriver"));

  // We use no DevTools API, so Selenium's warning that it has none for this Chromium is noise.
  // Held here because java.util.logging keeps loggers only weakly.
  private static final List<Logger> QUIET = List.of(
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
      Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  static {
    QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  private final Path profile;
  private final OutputStream driverLog;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private BrowserSession(Path profile, OutputStream driverLog, ChromeDriverService service, ChromeDriver driver) {
    this.profile = profile;
    this.driverLog = driverLog;
    this.service = service;
    this.driver = driver;
  }

  /** Why no browser can start here, or empty when one can. */
  public static Optional<String> unavailable() {
    for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(executable)) {
        return Optional.of(executable + " is missing (scripts/ensure-chromium.sh installs Debian's "
            + "chromium and chromium-driver; it runs in pre-integration-test, as root or with sudo -n)");
      }
    }
    return Optional.empty();
  }

  /** Starts headless Chromium; {@code driverLog} receives chromedriver's log (null: discarded). */
  public static BrowserSession start(Path driverLog) throws IOException {
    unavailable().ifPresent(reason -> {
      throw new IllegalStateException(reason);
    });
    // Belt and braces: Selenium reads this too before it would think of downloading a driver.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());

    Path profile = Files.createTempDirectory("newsstream-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-features=Translate,MediaRouter,OptimizationHints",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);

    OutputStream log = OutputStream.nullOutputStream();
    if (driverLog != null) {
      Files.createDirectories(driverLog.toAbsolutePath().getParent());
      log = Files.newOutputStream(driverLog);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogOutput(log)
        .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      fitViewport(driver);
      return new BrowserSession(profile, log, service, driver);
    } catch (RuntimeException e) {
      service.stop();
      closeQuietly(log);
      deleteQuietly(profile);
      throw e;
    }
  }

  /**
   * New headless Chromium draws a browser frame of its own, so a 1400x1000 window has a smaller
   * page: grow the window by the frame so that the page, and every screenshot, is 1400x1000.
   */
  private static void fitViewport(ChromeDriver driver) {
    @SuppressWarnings("unchecked")
    List<Long> inner = (List<Long>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
    long frameWidth = WIDTH - inner.get(0);
    long frameHeight = HEIGHT - inner.get(1);
    if (frameWidth != 0 || frameHeight != 0) {
      Dimension outer = driver.manage().window().getSize();
      driver.manage().window().setSize(
          new Dimension((int) (outer.getWidth() + frameWidth), (int) (outer.getHeight() + frameHeight)));
    }
  }

  /** The driver, for anything this class does not wrap. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Loads a URL and waits for the document to finish loading. */
  public BrowserSession open(String url) {
    driver.get(url);
    return this;
  }

  /** Waits up to {@link #DEFAULT_WAIT} for a condition and returns its value. */
  public <T> T await(ExpectedCondition<T> condition) {
    return await(DEFAULT_WAIT, condition);
  }

  /**
   * Waits for a condition and returns its value; on time-out the message carries the page's URL,
   * its body text and the browser console, which is what one needs to see why.
   */
  public <T> T await(Duration timeout, ExpectedCondition<T> condition) {
    try {
      return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition);
    } catch (TimeoutException e) {
      String seen = describePage();
      Path png = Path.of("target", "browser", "timeout-" + System.currentTimeMillis() + ".png");
      try {
        seen = "screenshot: " + screenshot(png).toAbsolutePath() + "\n" + seen;
      } catch (RuntimeException ignored) {
        // The message matters more than the picture.
      }
      throw new TimeoutException(e.getMessage() + "\n" + seen, e);
    }
  }

  /** Runs JavaScript in the page and returns its result. */
  public Object script(String javascript, Object... args) {
    return driver.executeScript(javascript, args);
  }

  /** Saves a PNG of the viewport (1400x1000) at {@code png}, creating its folder; returns it. */
  public Path screenshot(Path png) {
    try {
      Path parent = png.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException("could not save a screenshot to " + png, e);
    }
  }

  /** The browser console so far (console.log, errors, failed loads), one entry a line. */
  public String console() {
    try {
      return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .map(LogEntry::toString)
          .collect(Collectors.joining("\n"));
    } catch (RuntimeException e) {
      return "(console not available: " + e.getMessage() + ")";
    }
  }

  private String describePage() {
    StringBuilder page = new StringBuilder();
    try {
      page.append("page: ").append(driver.getCurrentUrl()).append('\n');
      Object text = driver.executeScript("return document.body ? document.body.innerText : '(no body)'");
      String body = String.valueOf(text);
      page.append("body text: ").append(body.length() > 2000 ? body.substring(0, 2000) + "…" : body).append('\n');
    } catch (RuntimeException e) {
      page.append("(page not readable: ").append(e.getMessage()).append(")\n");
    }
    page.append("console:\n").append(console());
    return page.toString();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      closeQuietly(driverLog);
      deleteQuietly(profile);
    }
  }

  private static void closeQuietly(OutputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // Only a log.
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException e) {
      // A temp dir left behind is no reason to fail a test.
    }
  }
}
