package io.newsstream.streams.enrich;

import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.Enrichment;
import io.newsstream.enrich.SessionInfo;
import io.newsstream.enrich.SessionMentionInfo;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.SessionLevel;
import io.newsstream.schema.SessionMention;
import io.newsstream.schema.SessionRef;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Fills an article's enrichment fields (session, mentioned sessions, places, people) with the
 * {@link Enricher} that {@code newsstream enrich} uses, so what that command prints is what the
 * topic gets.
 */
public final class EnrichArticle implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {
  /** Publication instants become dates where the news happen: "сегодня" means today in Kazakhstan. */
  static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

  private final Enricher enricher;
  private FixedKeyProcessorContext<String, EnrichedArticle> context;

  public EnrichArticle(Enricher enricher) {
    this.enricher = enricher;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, EnrichedArticle> record) {
    context.forward(record.withValue(enrich(enricher, record.value())));
  }

  /** The article with its enrichment fields set; the other fields as they were. */
  public static EnrichedArticle enrich(Enricher enricher, EnrichedArticle article) {
    LocalDate published = article.getPublishedAt() == null
        ? null : LocalDate.ofInstant(article.getPublishedAt(), KAZAKHSTAN);
    Enrichment found = enricher.enrich(article.getTitle(), article.getText(), published, article.getLanguage());
    return EnrichedArticle.newBuilder(article)
        .setIsSessionReport(found.isSessionReport())
        .setSession(sessionRef(found.session()))
        .setMentionedSessions(mentions(found.mentionedSessions()))
        .setPlaces(found.places())
        .setPeople(found.people())
        .setRoles(found.roles())
        .build();
  }

  /**
   * The reported session, or null when there is none or its region is unknown: a session without
   * a region cannot be told apart from other regions' sessions of that number, so it is not put
   * under any region; {@code isSessionReport} still says the article reports on one.
   */
  private static SessionRef sessionRef(SessionInfo s) {
    if (s == null || s.region() == null) {
      return null;
    }
    return SessionRef.newBuilder()
        .setNumber(s.number())
        .setLevel(SessionLevel.valueOf(s.level().name()))
        .setRegion(s.region())
        .setDistrict(s.district())
        .setCity(s.city())
        .setDate(s.date())
        .build();
  }

  /** Mentions whose region could not be determined are left out, for the same reason. */
  private static List<SessionMention> mentions(List<SessionMentionInfo> mentioned) {
    return mentioned.stream()
        .filter(m -> m.region() != null)
        .map(m -> SessionMention.newBuilder()
            .setNumber(m.number())
            .setLevel(SessionLevel.valueOf(m.level().name()))
            .setRegion(m.region())
            .build())
        .toList();
  }
}
