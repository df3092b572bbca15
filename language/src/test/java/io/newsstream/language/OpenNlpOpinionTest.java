package io.newsstream.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenNlpOpinionTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"kaz, kk", "kir, ky", "tat, tt", "bak, ba", "uzb, uz", "mon, mn", "rus, ru", "cmn, cmn"})
  void answersInIso639_1WhereOneExists(String iso639_3, String reported) {
    assertThat(OpenNlpOpinion.toIso639_1(iso639_3)).isEqualTo(reported);
  }
}
