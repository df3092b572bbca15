package io.newsstream.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
  private static final String TEXT =
      "Сегодня в Костанае состоялась XXV сессия Ассамблеи народа Казахстана Костанайской области.\n"
          + "Открыл сессию заместитель акима области. Участники приняли резолюцию.";

  private final NearDuplicateDetector detector = NearDuplicateDetector.standard();

  @Test
  void bandKeysAreFixedForAFixedText() {
    // Fixed on purpose: if hashing, normalisation or the standard settings change, every band key
    // in a running index changes with them, and the index must be rebuilt. Change this value only then.
    List<String> keys = detector.bandKeys(detector.sketch(TEXT));

    assertThat(keys).hasSize(detector.bands());
    assertThat(keys.get(7)).isEqualTo("07:a7e74587ab3ebac7");
    assertThat(keys).allMatch(k -> k.matches("\\d{2}:[0-9a-f]{16}"));
    assertThat(keys.get(0)).startsWith("00:");
    assertThat(keys.get(31)).startsWith("31:");
  }

  @Test
  void equalRowsInDifferentBandsGiveDifferentKeys() {
    Sketch constant = new Sketch(new int[128], 1);

    assertThat(detector.bandKeys(constant).stream().map(k -> k.substring(3)).distinct()).hasSize(32);
  }

  @Test
  void identicalTextsAreDuplicatesWithSimilarityOne() {
    String reflowed = "  Сегодня в Костанае\n\nсостоялась XXV сессия Ассамблеи народа Казахстана Костанайской области. "
        + "Открыл сессию заместитель акима области;  участники приняли резолюцию!";

    assertThat(detector.sketch(reflowed)).isEqualTo(detector.sketch(TEXT));
    assertThat(detector.similarityIfDuplicate(detector.sketch(TEXT), detector.sketch(reflowed))).hasValue(1.0);
  }

  @Test
  void disjointTextsAreNotDuplicates() {
    Sketch other = detector.sketch("Атырауда жастар форумы өтті, онда еріктілік мәселелері талқыланды.");

    assertThat(detector.sketch(TEXT).agreement(other)).isLessThan(0.1);
    assertThat(detector.similarityIfDuplicate(detector.sketch(TEXT), other)).isEmpty();
  }

  @Test
  void aTextWithoutWordsIsNobodysDuplicate() {
    Sketch empty = detector.sketch(" — !? ");

    assertThat(empty.shingles()).isZero();
    assertThat(detector.similarityIfDuplicate(empty, detector.sketch(""))).isEmpty();
  }

  @Test
  void textsShorterThanAShingleStillHaveOne() {
    assertThat(detector.sketch("Сессия прошла").shingles()).isEqualTo(1);
    assertThat(detector.similarityIfDuplicate(detector.sketch("Сессия прошла"), detector.sketch("сессия, прошла!"))).hasValue(1.0);
  }

  @Test
  void theSeedChangesEverything() {
    NearDuplicateDetector other = new NearDuplicateDetector(128, 32, 0.55, 42);

    assertThat(other.bandKeys(other.sketch(TEXT))).doesNotContainAnyElementsOf(detector.bandKeys(detector.sketch(TEXT)));
  }

  @Test
  void settingsThatCannotWorkAreRefused() {
    assertThatThrownBy(() -> new NearDuplicateDetector(100, 32, 0.5, 1)).hasMessageContaining("multiple of bands");
    assertThatThrownBy(() -> new NearDuplicateDetector(128, 32, 0, 1)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> new NearDuplicateDetector.Settings(0, 128, 32, 0.5, 1)).hasMessageContaining("one word");
  }
}
