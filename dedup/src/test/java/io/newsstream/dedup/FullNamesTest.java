package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullNamesTest {
  @Test
  void aNameWithItsPatronymicIsOneKeyInEveryCaseAndOrder() {
    int[] genitive = FullNames.of("Обязанности возложены на Петренко Ивана Сергеевича.");
    int[] nominative = FullNames.of("Иван Сергеевич Петренко назначен исполняющим обязанности.");

    assertThat(genitive).hasSize(1).isEqualTo(nominative);
  }

  @Test
  void kazakhPatronymicsAndHyphenatedGivenNamesCount() {
    assertThat(FullNames.of("Мемлекет басшысы Қасым-Жомарт Кемелұлы сөз сөйледі.")).hasSize(1);
    assertThat(FullNames.of("Жиынға Айгүл Серікқызы қатысты.")).hasSize(1);
  }

  @Test
  void namesWithoutPatronymicOrWordsInCapitalsAreNotFullNames() {
    assertThat(FullNames.of("Президент Токаев подписал указ. ПОСТАНОВЛЯЮ ПРИНЯТЬ отставку.")).isEmpty();
    assertThat(FullNames.of("В зале Дворца мира и согласия прошла сессия.")).isEmpty();
  }

  @Test
  void textsAreOthersOnlyWhenBothNameSomeoneAndNoOneInCommon() {
    int[] first = FullNames.of("назначен Петренко Иван Сергеевич");
    int[] second = FullNames.of("назначен Карпенко Олег Викторович");
    int[] both = FullNames.of("Петренко Иван Сергеевич сменил Карпенко Олега Викторовича");

    assertThat(FullNames.disjoint(first, second)).isTrue();
    assertThat(FullNames.disjoint(first, both)).isFalse();
    assertThat(FullNames.disjoint(first, new int[0])).isFalse();
  }
}
