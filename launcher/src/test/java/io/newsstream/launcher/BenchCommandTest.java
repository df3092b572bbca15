package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchCommandTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--articles|0|--articles must be at least 1",
    "--dup-rate|1|--dup-rate must be in [0, 1)",
    "--kk-share|1.5|--kk-share must be in [0, 1]",
    "--rate|-3|--rate must be a positive number",
    "--rate|fast|Invalid value for option '--rate'",
    "--timeout|PT0S|--timeout must be positive"
  })
  void badOptionsAreRefusedWithTheReasonBeforeAnythingStarts(String option, String value, String message) {
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench", option, value);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains(message).doesNotContain("Exception");
  }
}
