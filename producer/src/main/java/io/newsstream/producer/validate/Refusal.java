package io.newsstream.producer.validate;

import java.util.Objects;

/** A refused input's reason code and a human-readable explanation of it. */
public record Refusal(Reason reason, String detail) {
  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return reason + ": " + detail;
  }
}
