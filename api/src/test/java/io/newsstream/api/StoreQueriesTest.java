package io.newsstream.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLSession;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.query.FailureReason;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.StateQueryResult;
import org.junit.jupiter.api.Test;

/** How IQv2 results map to answers: every partition's failure is a 503, never a partial answer. */
class StoreQueriesTest {
  @Test
  void allPartitionsSucceededGivesTheirResults() {
    StateQueryResult<String> result = new StateQueryResult<>();
    result.addResult(0, QueryResult.forResult("zero"));
    result.addResult(2, QueryResult.forResult("two"));

    assertThat(LocalStores.successes(result, "s")).isEqualTo(Map.of(0, "zero", 2, "two"));
  }

  @Test
  void aFailedPartitionIsUnavailableWithTheReason() {
    for (FailureReason reason : FailureReason.values()) {
      StateQueryResult<String> result = new StateQueryResult<>();
      result.addResult(0, QueryResult.forResult("zero"));
      result.addResult(1, QueryResult.forFailure(reason, "because"));

      assertThatThrownBy(() -> LocalStores.successes(result, "totals"))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.getMessage()).contains("totals", "partition 1", reason.name());
          });
    }
  }

  @Test
  void everyPartitionOfTheStoreMustHaveAnswered() {
    assertThat(StorePartitions.missing(Set.of(0, 1, 2, 3), 4)).isEmpty();
    assertThat(StorePartitions.missing(Set.of(0, 1, 3), 4)).containsExactly(2);
    assertThat(StorePartitions.missing(Set.of(1, 2), 4)).containsExactly(0, 3);
    // Contiguous from 0 is not enough: the highest partitions may have no owner right now.
    assertThat(StorePartitions.missing(Set.of(0, 1), 4)).containsExactly(2, 3);
  }

  @Test
  void aPeers404IsNoSuchKeyOnlyWhenThePeerSaysSo() {
    String notFound = "{\"status\":404,\"error\":\"not_found\",\"message\":\"no key\"}";
    assertThat(PeerClient.isNoSuchKey(response(404, notFound, true))).isTrue();
    assertThat(PeerClient.isNoSuchKey(response(404, notFound, false))).as("no served-by: not a store's answer").isFalse();
    assertThat(PeerClient.isNoSuchKey(response(404, "<html>Not Found</html>", true))).isFalse();
    assertThat(PeerClient.isNoSuchKey(response(404, "{\"error\":\"no_route\"}", true))).isFalse();
    assertThat(PeerClient.isNoSuchKey(response(200, "{\"value\":1}", true))).isFalse();
  }

  @Test
  void addressesBracketIpv6Hosts() {
    assertThat(StoreQueries.address(new HostInfo("localhost", 8080))).isEqualTo("localhost:8080");
    assertThat(StoreQueries.address(new HostInfo("::1", 8080))).isEqualTo("[::1]:8080");
    assertThat(HostInfo.buildFromEndpoint(StoreQueries.address(new HostInfo("::1", 8080))).port()).isEqualTo(8080);
  }

  private static HttpResponse<String> response(int status, String body, boolean servedBy) {
    HttpHeaders headers = HttpHeaders.of(
        servedBy ? Map.of(StoreQueries.SERVED_BY, List.of("h:1")) : Map.of(), (k, v) -> true);
    return new HttpResponse<>() {
      @Override public int statusCode() { return status; }
      @Override public HttpRequest request() { return null; }
      @Override public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
      @Override public HttpHeaders headers() { return headers; }
      @Override public String body() { return body; }
      @Override public Optional<SSLSession> sslSession() { return Optional.empty(); }
      @Override public URI uri() { return URI.create("http://h:1/"); }
      @Override public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    };
  }
}
