package io.newsstream.producer.validate;

import io.newsstream.dlq.Refusal;
import io.newsstream.dlq.RejectReason;

/**
 * Thrown where an input is found unacceptable; the reading loop catches it at the boundary of the
 * item, so one bad item never stops the others.
 */
public final class RefusedException extends RuntimeException {
  private final transient Refusal refusal;

  public RefusedException(RejectReason reason, String detail) {
    this(new Refusal(reason, detail));
  }

  public RefusedException(Refusal refusal) {
    super(refusal.toString(), null, false, false); // an expected outcome: no stack trace
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }
}
