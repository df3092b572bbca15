package io.newsstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code newsstream bench} on a small feed: the whole pipeline, the baseline, and a JSON line that adds up. */
class BenchCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ARTICLES = 40;

  @Test
  void measuresASmallFeedAndCleansUp() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new PrintWriter(out), new PrintWriter(err),
        "bench", "--articles", String.valueOf(ARTICLES), "--dup-rate", "0.3", "--rate", "100", "--timeout", "PT3M");

    assertThat(exit).as("exit code; stderr:%n%s", err).isZero();
    assertThat(err.toString()).contains("decided " + ARTICLES + "/" + ARTICLES, "baseline:");
    String[] lines = out.toString().strip().split("\n");
    JsonNode result = JSON.readTree(lines[lines.length - 1]);

    for (String field : List.of("articles", "articlesPerSec", "mbPerSec", "latencyMs", "cpuSecPer1000", "peakHeapMb",
        "recordsPerArticle", "dedupRecordsPerArticle", "kafkaBytesPerArticle", "baseline", "ratio")) {
      assertThat(result.has(field)).as("field %s in %s", field, result).isTrue();
    }
    assertThat(result.get("articles").asInt()).isEqualTo(ARTICLES);
    assertThat(result.get("articlesPerSec").asDouble()).isPositive();
    assertThat(result.get("mbPerSec").asDouble()).isPositive();
    JsonNode latency = result.get("latencyMs");
    assertThat(latency.get("p50").asLong()).isPositive();
    assertThat(latency.get("p95").asLong()).isBetween(latency.get("p50").asLong(), latency.get("p99").asLong());
    assertThat(result.get("cpuSecPer1000").asDouble()).isPositive();
    assertThat(result.get("peakHeapMb").asLong()).isPositive();

    JsonNode details = result.get("details");
    // Every article crosses news.raw.v1 and gets a verdict; dedup writes more besides.
    double records = result.get("recordsPerArticle").asDouble();
    double dedupRecords = result.get("dedupRecordsPerArticle").asDouble();
    assertThat(dedupRecords).isPositive().isLessThan(records - 2);
    assertThat(details.get("perArticleByTopic").get("news.raw.v1").get("records").asDouble()).isEqualTo(1.0);
    assertThat(details.get("endOffsetsPerArticle").asDouble()).as("markers occupy offsets too").isGreaterThanOrEqualTo(records);
    assertThat(result.get("kafkaBytesPerArticle").asLong()).isGreaterThan(details.get("meanArticleBytes").asLong() / 10);

    double baseline = result.get("baseline").get("recordsPerSec").asDouble();
    assertThat(baseline).isPositive();
    // The ratio is of the unrounded figures; articlesPerSec and the baseline are printed to 0.1 and
    // the ratio to 0.0001, so their quotient may differ by what those roundings carry into it.
    double printedQuotient = result.get("articlesPerSec").asDouble() / baseline;
    assertThat(result.get("ratio").asDouble())
        .isCloseTo(printedQuotient, within(0.05 * (1 + printedQuotient) / baseline + 0.0001));

    long copies = details.get("copiesInFeed").asLong();
    assertThat(copies).isPositive();
    assertThat(details.get("unique").asLong() + details.get("duplicates").asLong() + details.get("rejected").asLong())
        .isEqualTo(ARTICLES);
    assertThat(details.get("duplicates").asLong()).as("copies found").isBetween(copies - 1, copies);

    Matcher dataDir = Pattern.compile("data and log in (\\S+) ").matcher(err.toString());
    assertThat(dataDir.find()).isTrue();
    assertThat(Files.exists(Path.of(dataDir.group(1)))).as("the temporary data directory is deleted").isFalse();
  }
}
