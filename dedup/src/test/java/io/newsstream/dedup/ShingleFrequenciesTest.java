package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShingleFrequenciesTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.standard();

  @Test
  void aShingleIsCommonOnceEnoughArticlesHoldIt() {
    Sketch stock = detector.sketch("Напомним, ассамблея народа Казахстана создана в 1995 году по инициативе первого президента.");
    Sketch story = detector.sketch("В Петропавловске открылся дом дружбы для двадцати этнокультурных объединений области.");
    ShingleFrequencies frequencies = new ShingleFrequencies(3);

    frequencies.add(stock);
    frequencies.add(stock);
    frequencies.add(story);
    assertThat(java.util.Arrays.stream(stock.sample()).noneMatch(frequencies.common())).isTrue();

    frequencies.add(stock);
    assertThat(java.util.Arrays.stream(stock.sample()).allMatch(frequencies.common())).isTrue();
    assertThat(java.util.Arrays.stream(story.sample()).noneMatch(frequencies.common())).isTrue();

    frequencies.clear();
    assertThat(java.util.Arrays.stream(stock.sample()).noneMatch(frequencies.common())).isTrue();
  }

  @Test
  void aYoungIndexCallsCommonWhatIsInOneInTwentyOfItsArticles() {
    Sketch stock = detector.sketch("Напомним, ассамблея народа Казахстана создана в 1995 году по инициативе первого президента.");
    ShingleFrequencies frequencies = new ShingleFrequencies();
    for (int i = 0; i < ShingleFrequencies.YOUNG_INDEX_COMMON_AT; i++) {
      frequencies.add(stock);
    }
    assertThat(java.util.Arrays.stream(stock.sample()).allMatch(frequencies.common())).isTrue();

    // 200 more articles: now 10 of them (1 in 20) make a shingle common, and 3 do not.
    for (int i = 0; i < 200; i++) {
      frequencies.add(detector.sketch("Сообщение номер " + i + " о встрече в доме дружбы города номер " + (i * 7919)));
    }
    assertThat(java.util.Arrays.stream(stock.sample()).noneMatch(frequencies.common())).isTrue();
    for (int i = ShingleFrequencies.YOUNG_INDEX_COMMON_AT; i < 10; i++) {
      frequencies.add(stock);
    }
    assertThat(java.util.Arrays.stream(stock.sample()).allMatch(frequencies.common())).isTrue();
  }

  @Test
  void aThresholdItCannotCountIsRefused() {
    assertThatThrownBy(() -> new ShingleFrequencies(1)).hasMessageContaining("2 to 127");
    assertThatThrownBy(() -> new ShingleFrequencies(200)).hasMessageContaining("2 to 127");
  }
}
