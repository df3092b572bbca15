package io.newsstream.dedup.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random choices from sentence banks; all from one seeded {@link Random}, so the corpus is reproducible. */
final class Pick {
  private final Random random;

  Pick(Random random) {
    this.random = random;
  }

  String one(String... options) {
    return options[random.nextInt(options.length)];
  }

  <T> T one(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** {@code n} different options in random order. */
  List<String> some(int n, String... options) {
    List<String> shuffled = new ArrayList<>(Arrays.asList(options));
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, Math.min(n, shuffled.size()));
  }

  static String roman(int n) {
    String[] tens = {"", "X", "XX", "XXX", "XL"};
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return tens[n / 10] + ones[n % 10];
  }
}
