package io.newsstream.cli;

import picocli.CommandLine.Option;

/**
 * The replication factor of the topics a command creates ({@code run}: the contract's topics,
 * {@code _schemas} and the streams app's internal ones; {@code streams}: the internal ones;
 * {@code registry}: {@code _schemas}). One default everywhere: -1, the broker's own
 * {@code default.replication.factor}, which is 1 on the embedded broker and whatever the operator
 * chose on a real cluster; so a command never asks for more replicas than the cluster has, nor
 * fewer than its operator wants.
 */
public final class ReplicationOptions {
  /** Kafka's "the broker's default" ({@code NewTopic}, {@code replication.factor} of Kafka Streams). */
  public static final short BROKER_DEFAULT = -1;

  @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "${env:NEWSSTREAM_REPLICATION_FACTOR:--1}",
      description = "Replication factor of the topics this command creates; -1 takes the broker's "
          + "default.replication.factor, 1 on the embedded broker (default: ${DEFAULT-VALUE}; "
          + "env NEWSSTREAM_REPLICATION_FACTOR).")
  short replicationFactor;

  /** The factor; a short as Kafka's {@code NewTopic} takes it (picocli refuses what does not fit). */
  public short replicationFactor() {
    return replicationFactor;
  }
}
