package io.newsstream.dedup.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.dedup.ShingleFrequencies;
import io.newsstream.dedup.Sketch;
import io.newsstream.text.TextCleaner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FeedTest {
  private static final int ITEMS = 2_000;

  private static List<Feed.Item> take(Feed feed, int n) {
    return Stream.generate(feed::next).limit(n).toList();
  }

  @Test
  void theSameSeedGivesTheSameFeed() {
    assertThat(take(new Feed(3, 0.2, 0.3), 300)).isEqualTo(take(new Feed(3, 0.2, 0.3), 300));
    assertThat(take(new Feed(4, 0.2, 0.3), 300)).isNotEqualTo(take(new Feed(3, 0.2, 0.3), 300));
  }

  @Test
  void originalsAreTwoToEightKilobytesInTheSharesAskedFor() {
    List<Feed.Item> items = take(new Feed(1, 0.3, 0.25), ITEMS);
    Map<Feed.Kind, Integer> kinds = new HashMap<>();
    Set<String> urls = new HashSet<>();
    long kazakh = 0;
    for (Feed.Item item : items) {
      kinds.merge(item.kind(), 1, Integer::sum);
      assertThat(urls.add(item.url())).as("URLs are unique").isTrue();
      if (item.kind() == Feed.Kind.ORIGINAL) {
        int bytes = (item.title() + "\n\n" + item.text()).getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isBetween(2 * 1024, 8 * 1024);
        kazakh += item.language().equals("kk") ? 1 : 0;
      } else {
        assertThat(urls).as("a copy follows its original").contains(item.copyOf());
      }
    }
    int originals = kinds.get(Feed.Kind.ORIGINAL);
    assertThat((double) (ITEMS - originals) / ITEMS).isBetween(0.27, 0.33);
    assertThat((double) kinds.get(Feed.Kind.EXACT) / (ITEMS - originals)).isBetween(0.45, 0.55);
    assertThat((double) kazakh / originals).isBetween(0.22, 0.28);
  }

  @Test
  void copiesAreDuplicatesOfTheirOriginalAndOriginalsOfNothing() {
    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    TextCleaner cleaner = new TextCleaner();
    Map<String, Feed.Item> byUrl = new HashMap<>();
    // As the stream's index counts them: the feed's stock sentences become common as it goes.
    ShingleFrequencies frequencies = new ShingleFrequencies();
    Feed.Item previousOriginal = null;
    int copies = 0;
    int found = 0;
    int seen = 0;
    for (Feed.Item item : take(new Feed(2, 0.4, 0.5), 600)) {
      byUrl.put(item.url(), item);
      Sketch sketch = sketch(detector, cleaner, item);
      if (item.kind() == Feed.Kind.ORIGINAL) {
        // A young index knows no boilerplate yet (docs/dedup.md): judged once it holds 100 articles.
        if (previousOriginal != null && seen >= WARM_UP) {
          assertThat(detector.matchIfDuplicate(sketch, sketch(detector, cleaner, previousOriginal), frequencies.common()))
              .as("two different stories").isEmpty();
        }
        previousOriginal = item;
      } else {
        copies++;
        Feed.Item original = byUrl.get(item.copyOf());
        found += detector.matchIfDuplicate(sketch, sketch(detector, cleaner, original), frequencies.common()).isPresent() ? 1 : 0;
      }
      frequencies.add(sketch);
      seen++;
    }
    assertThat((double) found / copies).as("copies found as duplicates").isGreaterThan(0.95);
  }

  /** Articles an index holds before the feed's stock sentences count as common. */
  private static final int WARM_UP = 100;

  private static Sketch sketch(NearDuplicateDetector detector, TextCleaner cleaner, Feed.Item item) {
    return detector.sketch(cleaner.clean(item.title(), item.text()).text());
  }

  @Test
  void sharesOutsideTheirRangeAreRefused() {
    assertThatThrownBy(() -> new Feed(1, 1.0, 0.3)).hasMessageContaining("duplicate share");
    assertThatThrownBy(() -> new Feed(1, 0.2, -0.1)).hasMessageContaining("Kazakh share");
  }
}
