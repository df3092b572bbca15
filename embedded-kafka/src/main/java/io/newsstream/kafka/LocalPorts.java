package io.newsstream.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports to listen on later, for servers that must come back on the same port after a restart.
 *
 * <p>A port the kernel hands out for {@code bind(0)} is also in the range it draws from for every
 * outgoing connection, so between asking and listening a client socket can take it (a broker's own
 * clients open dozens). Ports below that range are never taken implicitly, so they are drawn from
 * there and checked by binding them.
 */
public final class LocalPorts {
  private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
  private static final int LINUX_EPHEMERAL_START = 32768;
  private static final int LOWEST = 20000;
  private static final int ATTEMPTS = 200;

  private LocalPorts() {}

  /** A port nothing listens on now, and that no outgoing connection will take meanwhile. */
  public static int free() {
    int below = ephemeralStart();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int attempt = 0; below > LOWEST && attempt < ATTEMPTS; attempt++) {
      int port = random.nextInt(LOWEST, below);
      if (bindable(port)) {
        return port;
      }
    }
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port", e);
    }
  }

  private static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  /** The first port of the range the kernel picks local ports from. */
  static int ephemeralStart() {
    // Read by lines: Files.readString trusts the size /proc reports and returns a part of the file.
    try {
      return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException notLinux) {
      return LINUX_EPHEMERAL_START;
    }
  }
}
