package io.newsstream.cli;

import picocli.CommandLine.Option;

/**
 * The interface a command serves HTTP on. One rule for the default, safe by default: loopback
 * only when Kafka is the embedded default (a machine of one's own), every interface on a real
 * cluster (a service others reach).
 */
public final class HttpHostOptions {
  @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "${env:NEWSSTREAM_HTTP_HOST}",
      description = "Interface to serve HTTP on (env NEWSSTREAM_HTTP_HOST). Default: 127.0.0.1, loopback only, "
          + "without --bootstrap-servers (the embedded default); 0.0.0.0, every interface, with it.")
  String httpHost;

  /** The interface given, else loopback for the embedded default and every interface for a real cluster. */
  public String host(boolean embeddedKafka) {
    if (httpHost != null && !httpHost.isBlank()) {
      return httpHost;
    }
    return embeddedKafka ? "127.0.0.1" : "0.0.0.0";
  }
}
