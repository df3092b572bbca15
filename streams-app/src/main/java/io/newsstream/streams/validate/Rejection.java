package io.newsstream.streams.validate;

import io.newsstream.streams.errors.RejectReason;

/** Why an article is refused: a reason code and a sentence for a human. */
public record Rejection(RejectReason reason, String detail) {}
