package io.newsstream.producer.validate;

/**
 * Thrown where an input is found unacceptable; the reading loop catches it at the boundary of the
 * item, so one bad item never stops the others.
 */
public final class RefusedException extends RuntimeException {
  private final transient Refusal refusal;

  public RefusedException(Reason reason, String detail) {
    super(reason + ": " + detail, null, false, false); // an expected outcome: no stack trace
    this.refusal = new Refusal(reason, detail);
  }

  public Refusal refusal() {
    return refusal;
  }
}
