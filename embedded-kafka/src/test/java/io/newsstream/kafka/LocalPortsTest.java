package io.newsstream.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalPortsTest {
  private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

  @Test
  void theEphemeralRangeIsReadWhole() throws IOException {
    assumeThat(Files.isReadable(RANGE)).as("a Linux kernel's port range").isTrue();
    String first;
    try (BufferedReader reader = Files.newBufferedReader(RANGE)) {
      first = reader.readLine().trim().split("\\s+")[0];
    }

    assertThat(LocalPorts.ephemeralStart()).isEqualTo(Integer.parseInt(first)).isGreaterThan(1024);
  }

  @Test
  void freePortsLieBelowTheEphemeralRangeAndCanBeBound() throws IOException {
    assumeThat(LocalPorts.ephemeralStart()).isGreaterThan(20_001);
    for (int i = 0; i < 20; i++) {
      int port = LocalPorts.free();
      assertThat(port).isLessThan(LocalPorts.ephemeralStart());
      try (ServerSocket socket = new ServerSocket(port)) {
        assertThat(socket.getLocalPort()).isEqualTo(port);
      }
    }
  }
}
