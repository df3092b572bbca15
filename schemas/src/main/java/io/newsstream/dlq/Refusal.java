package io.newsstream.dlq;

import java.util.Objects;

/** A refused input's reason code and a human-readable explanation of it. */
public record Refusal(RejectReason reason, String detail) {
  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return reason + ": " + detail;
  }
}
