package io.newsstream.streams.dedup;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.serde.AvroSerdes;
import io.newsstream.serde.SchemaRegistryClient;
import io.newsstream.streams.dedup.records.DedupMatch;
import io.newsstream.streams.dedup.records.DedupMessage;
import io.newsstream.streams.dedup.records.DedupState;
import io.newsstream.streams.dedup.records.IndexedSketch;
import io.newsstream.streams.validate.Validated;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The de-duplication stages, exact and near, as one piece of the topology: accepted articles in,
 * keyed by id; one {@link DedupResult} stream out (unique, notice, retraction), keyed by id. Inside,
 * one processor per partition ({@link Deduplicator}) keeps the verdicts of the articles that live
 * there and a share of the LSH index; partitions talk through the app's links topic.
 *
 * @param linksTopic {@code <application.id>-dedup-links}, with {@code partitions} partitions, as news.raw.v1
 * @param partitions of news.raw.v1: band owners are counted over them
 * @param maxWait how long a verdict waits for other partitions' answers before it is decided on those that came
 */
public record Deduplication(
    NearDuplicateDetector detector, SchemaRegistryClient registry, String linksTopic, int partitions,
    Duration retention, Duration maxWait) {

  public static final String PROCESSOR = "dedup";
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(2);
  /** The stores, for tests and docs. */
  public static final String VERDICTS = Deduplicator.VERDICTS;
  public static final String SKETCHES = Deduplicator.SKETCHES;
  public static final String FOLLOWERS = Deduplicator.FOLLOWERS;

  private static final Serde<String> IDS = Serdes.String();

  public KStream<String, DedupResult> addTo(StreamsBuilder builder, KStream<String, Validated> accepted) {
    // Cached: a pending verdict is updated on each answer; RocksDB and the changelog get the latest at commit.
    builder.addStateStore(RetentionWindow.store(VERDICTS, retention, false, avro(DedupState.class)).withCachingEnabled());
    builder.addStateStore(RetentionWindow.store(SKETCHES, retention, false, avro(IndexedSketch.class)));
    builder.addStateStore(RetentionWindow.store(FOLLOWERS, retention, true, avro(DedupMatch.class)));
    Serde<DedupMessage> messages = avro(DedupMessage.class);

    KStream<String, DedupInput> links = builder
        .stream(linksTopic, Consumed.with(IDS, messages).withName("dedup-links-in"))
        .mapValues(DedupInput::message, Named.as("dedup-message-in"));
    Map<String, KStream<String, Emitted>> emitted = accepted
        .mapValues(DedupInput::arrival, Named.as("dedup-arrival"))
        .merge(links, Named.as("dedup-arrivals-and-messages"))
        .process(() -> new Deduplicator(detector, partitions, retention, maxWait), Named.as(PROCESSOR),
            VERDICTS, SKETCHES, FOLLOWERS)
        .split(Named.as("dedup-emitted-"))
        .branch((id, e) -> e.isMessage(), Branched.as("messages"))
        .defaultBranch(Branched.as("results"));
    emitted.get("dedup-emitted-messages")
        .mapValues(Emitted::message, Named.as("dedup-message-out"))
        .to(linksTopic, Produced.with(IDS, messages).withStreamPartitioner(new LinksPartitioner(partitions))
            .withName("dedup-links-out"));
    return emitted.get("dedup-emitted-results").mapValues(Emitted::result, Named.as("dedup-verdict"));
  }

  /**
   * Under subjects named after the records: dedup's records changed layout with the redesign, and
   * the topic-named subjects of an older version's stores and links topic would refuse them.
   */
  private <T extends SpecificRecord> Serde<T> avro(Class<T> type) {
    return AvroSerdes.internalValues(type, registry);
  }
}
