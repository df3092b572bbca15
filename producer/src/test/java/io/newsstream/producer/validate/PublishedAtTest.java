package io.newsstream.producer.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.dlq.RejectReason;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-05-01T10:00:00Z                | 2024-05-01T10:00:00Z",
      "2024-05-01T15:00:00+05:00           | 2024-05-01T10:00:00Z",
      "2024-05-01T15:00:00.250+05:00       | 2024-05-01T10:00:00.250Z",
      "2024-05-01T15:00:00                 | 2024-05-01T10:00:00Z",
      "2024-05-01 15:00                    | 2024-05-01T10:00:00Z",
      "01.05.2024 15:00                    | 2024-05-01T10:00:00Z",
      "01.05.2024                          | 2024-04-30T19:00:00Z",
      "2024-05-01                          | 2024-04-30T19:00:00Z",
      "Wed, 1 May 2024 10:00:00 GMT        | 2024-05-01T10:00:00Z",
      "1714557600000                       | 2024-05-01T10:00:00Z",
      // Before March 2024 Almaty was UTC+6.
      "2019-03-20 12:00                    | 2019-03-20T06:00:00Z"})
  void readsTheFormsScrapersSend(String raw, String expected) {
    assertThat(PublishedAt.parse(raw, NOW)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"вчера", "2024-13-01", "32.01.2024", "1 мая 2024", "not a date"})
  void refusesWhatIsNotADate(String raw) {
    assertThatThrownBy(() -> PublishedAt.parse(raw, NOW))
        .isInstanceOfSatisfying(RefusedException.class, e -> {
          assertThat(e.refusal().reason()).isEqualTo(RejectReason.BAD_DATE);
          assertThat(e.refusal().detail()).contains(raw).contains("not a date");
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1714557600   | epoch milliseconds",
      "1985-01-01   | before 1990",
      "2025-06-03   | in the future"})
  void refusesImplausibleDates(String raw, String why) {
    assertThatThrownBy(() -> PublishedAt.parse(raw, NOW))
        .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().detail()).contains(why));
  }
}
