package io.newsstream.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RegistryCommandTest {
  @Test
  void helpSaysWhatItIsAndHowToConfigureIt() {
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new RegistryCommand()).setOut(new PrintWriter(out)).execute("--help");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("Confluent Schema Registry REST API", "_schemas", "Ctrl-C")
        .contains("--bootstrap-servers", "NEWSSTREAM_BOOTSTRAP_SERVERS", "--port", "--replication-factor");
  }
}
