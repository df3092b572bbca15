package io.newsstream.streams.dedup;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which partition owns each LSH band key and each anchor: the one that keeps the articles filed
 * under it and compares newcomers with them. The same rule on every instance, and for the
 * partitioner that sends an article's sketch to the owners of its bands and anchors.
 */
final class BandOwners {
  private BandOwners() {}

  /** The 64-bit hash in a band key ("07:3f2a9c0d5e6b7a81"); the band number is mixed into it already. */
  static long hashOf(String bandKey) {
    return Long.parseUnsignedLong(bandKey, bandKey.indexOf(':') + 1, bandKey.length(), 16);
  }

  static int owner(String bandKey, int partitions) {
    return (int) Long.remainderUnsigned(hashOf(bandKey), partitions);
  }

  /** An anchor is a sampled shingle's hash value: its low bits are as good as any. */
  static int owner(int anchor, int partitions) {
    return Integer.remainderUnsigned(anchor, partitions);
  }

  /** The partitions owning any of the band keys or anchors, in order. */
  static Set<Integer> owners(List<String> bandKeys, int[] anchors, int partitions) {
    Set<Integer> owners = new TreeSet<>();
    for (String key : bandKeys) {
      owners.add(owner(key, partitions));
    }
    for (int anchor : anchors) {
      owners.add(owner(anchor, partitions));
    }
    return owners;
  }
}
