package io.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One partition's share of the LSH index, in memory: band hash → ids of the articles filed under it.
 * It is derived from the sketches the partition keeps (a store with one entry per article), and
 * rebuilt from them at start, so that filing an article writes no record per band to Kafka.
 *
 * <p>Most band hashes hold one article, so a slot holds a bare id until a second one comes: memory
 * goes to the entries, not to a list per entry.
 */
final class BandIndex {
  private final Map<Long, Object> members = new HashMap<>();

  void add(long band, String id) {
    Object filed = members.get(band);
    if (filed == null) {
      members.put(band, id);
    } else if (filed instanceof String one) {
      if (!one.equals(id)) {
        members.put(band, new String[] {one, id});
      }
    } else {
      String[] many = (String[]) filed;
      if (!Arrays.asList(many).contains(id)) {
        String[] more = Arrays.copyOf(many, many.length + 1);
        more[many.length] = id;
        members.put(band, more);
      }
    }
  }

  /** The ids filed under the band, in the order they came. */
  List<String> membersOf(long band) {
    Object filed = members.get(band);
    if (filed == null) {
      return List.of();
    }
    return filed instanceof String one ? List.of(one) : new ArrayList<>(Arrays.asList((String[]) filed));
  }

  void clear() {
    members.clear();
  }
}
