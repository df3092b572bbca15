package io.newsstream.launcher;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** Sends every log line of this process to one file, so the broker's chatter stays off the console. */
final class LogFile {
  private LogFile() {}

  static void redirectTo(Path file) {
    System.setProperty("newsstream.log.file", file.toAbsolutePath().toString());
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(LogFile.class.getResource("/logback-run.xml"));
    } catch (JoranException e) {
      throw new IllegalStateException("could not configure logging to " + file, e);
    }
  }
}
