package io.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One partition's share of a candidate index, in memory: key (a band hash, or an anchor) → ids of
 * the articles filed under it. It is derived from the sketches the partition keeps (a store with
 * one entry per article), and rebuilt from them at start, so that filing an article writes no
 * record per key to Kafka.
 *
 * <p>Most band hashes hold one article, so a slot holds a bare id until a second one comes: memory
 * goes to the entries, not to a list per entry.
 */
final class CandidateIndex {
  private final Map<Long, Object> members = new HashMap<>();
  private final int maxMembers;

  /** @param maxMembers a key holding this many articles takes no more; at least 2 */
  CandidateIndex(int maxMembers) {
    if (maxMembers < 2) {
      throw new IllegalArgumentException("a key holds at least 2 articles, not " + maxMembers);
    }
    this.maxMembers = maxMembers;
  }

  void add(long key, String id) {
    Object filed = members.get(key);
    if (filed == null) {
      members.put(key, id);
    } else if (filed instanceof String one) {
      if (!one.equals(id)) {
        members.put(key, new String[] {one, id});
      }
    } else {
      String[] many = (String[]) filed;
      if (many.length < maxMembers && !Arrays.asList(many).contains(id)) {
        String[] more = Arrays.copyOf(many, many.length + 1);
        more[many.length] = id;
        members.put(key, more);
      }
    }
  }

  /** Whether the key holds as many articles as it takes. */
  boolean full(long key) {
    Object filed = members.get(key);
    return filed instanceof String[] many && many.length >= maxMembers;
  }

  /** The ids filed under the key, in the order they came. */
  List<String> membersOf(long key) {
    Object filed = members.get(key);
    if (filed == null) {
      return List.of();
    }
    return filed instanceof String one ? List.of(one) : new ArrayList<>(Arrays.asList((String[]) filed));
  }

  void clear() {
    members.clear();
  }
}
