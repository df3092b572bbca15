package io.newsstream.api;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaFuture;

/** The Admin client's answers as the API needs them: in bounded time, or a 503 saying what could not be told. */
final class AdminAnswers {
  private AdminAnswers() {}

  /**
   * The answer, waited for at most {@code timeoutMs}.
   *
   * @param question what was asked, as in "cannot tell {@code question}"
   */
  static <T> T await(KafkaFuture<T> answer, long timeoutMs, String question) {
    try {
      return answer.get(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      throw ApiException.unavailable("cannot tell " + question + ": the cluster did not answer (" + cause + ")", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("interrupted while asking for " + question, e);
    }
  }
}
