package io.newsstream.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * This instance's {@code group.instance.id} (static membership, KIP-345), kept in its state dir.
 *
 * <p>Why: after kill -9 a dynamic member stays in the group until the session timeout (45 s), and
 * the restarted instance waits for it. A static member that comes back with the same id takes its
 * old place at once, without a rebalance. The state dir is the one thing each instance has of its
 * own and keeps across restarts (two instances cannot share one), so the id is written there on
 * first start: {@code <state dir>/group-instance-id}. Kafka Streams adds each stream thread's
 * number to it. Deleting the state dir gives the instance a new id; the old one then waits out
 * the session timeout once, as before.
 */
public final class StaticMembership {
  /** The file in the state dir that holds the id. */
  public static final String FILE = "group-instance-id";

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

  private StaticMembership() {}

  /** The id stored in {@code stateDir}, written there first if there is none yet. */
  public static String instanceId(Path stateDir) {
    Path file = stateDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        String id = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!VALID.matcher(id).matches()) {
          throw new IllegalStateException(file + " should hold this instance's group.instance.id (letters, digits, "
              + "'.', '_', '-'), not \"" + id + "\"; delete it and a new one is made");
        }
        return id;
      }
      Files.createDirectories(stateDir);
      String id = "newsstream-" + UUID.randomUUID();
      Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep this instance's group.instance.id in " + file, e);
    }
  }
}
