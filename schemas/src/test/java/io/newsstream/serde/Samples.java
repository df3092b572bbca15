package io.newsstream.serde;

import io.newsstream.schema.ArticleRef;
import io.newsstream.schema.ArticleView;
import io.newsstream.schema.DuplicateKind;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RegionSessions;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.SessionKey;
import io.newsstream.schema.SessionLevel;
import io.newsstream.schema.SessionMention;
import io.newsstream.schema.SessionRef;
import io.newsstream.schema.SessionSummary;
import io.newsstream.schema.views.CanonicalDuplicates;
import io.newsstream.schema.views.SessionArticle;
import io.newsstream.schema.views.SessionArticles;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;

/** Records of every generated class, with Russian and Kazakh text, nulls, maps, logical types. */
final class Samples {
  static final Instant FETCHED = Instant.parse("2021-04-27T09:15:30.123Z");
  static final Instant PUBLISHED = Instant.parse("2021-04-27T08:00:00.456Z");
  static final LocalDate SESSION_DATE = LocalDate.of(2021, 4, 27);

  private Samples() {}

  static RawArticle rawArticle() {
    return RawArticle.newBuilder()
        .setId("3f1c0a9e")
        .setUrl("https://www.inform.kz/kz/article/3f1c0a9e")
        .setSource("inform.kz")
        .setTitle("Қазақстан халқы Ассамблеясының ХХІХ сессиясы өтті")
        .setText("Елорда — Нұр-Сұлтан. На ХХІХ сессии Ассамблеи народа Казахстана…\nСейчас читают")
        .setPublishedAt(PUBLISHED)
        .setFetchedAt(FETCHED)
        .setLanguageHint("kk")
        .setOrigin("seeds/inform.jsonl:12")
        .setMetadata(Map.of("author", "Айгүл Сәрсенова", "rubric", "Саясат"))
        .build();
  }

  /** Only what must be set: every optional field null, the map empty. */
  static RawArticle minimalRawArticle() {
    return RawArticle.newBuilder().setId("x").setText("").setFetchedAt(FETCHED).build();
  }

  static SessionRef sessionRef() {
    return SessionRef.newBuilder()
        .setNumber(29)
        .setLevel(SessionLevel.NATIONAL)
        .setRegion("KZ")
        .setCity("Astana")
        .setDate(SESSION_DATE)
        .build();
  }

  static SessionMention sessionMention() {
    return SessionMention.newBuilder()
        .setNumber(27)
        .setLevel(SessionLevel.REGIONAL)
        .setRegion("KZ-19")
        .build();
  }

  static EnrichedArticle enrichedArticle() {
    return EnrichedArticle.newBuilder()
        .setId("3f1c0a9e")
        .setUrl(null)
        .setSource("inform.kz")
        .setTitle("Қазақстан халқы Ассамблеясының ХХІХ сессиясы өтті")
        .setText("Елорда — Астана. На XXIX сессии Ассамблеи народа Казахстана")
        .setFingerprint("9b74c9897bac770ffc029102a200c5de")
        .setPublishedAt(PUBLISHED)
        .setFetchedAt(FETCHED)
        .setProcessedAt(FETCHED.plusMillis(42))
        .setLanguage("kk")
        .setLanguageConfidence(0.62)
        .setScript("Cyrl")
        .setLanguageShares(Map.of("kk", 0.75, "ru", 0.25))
        .setIsSessionReport(true)
        .setSession(sessionRef())
        .setMentionedSessions(List.of(sessionMention()))
        .setPlaces(List.of("Astana", "Taldykorgan"))
        .setPeople(List.of("Қасым-Жомарт Тоқаев"))
        .setRoles(Map.of("Қасым-Жомарт Тоқаев", "Мемлекет басшысы"))
        .setMetadata(Map.of())
        .build();
  }

  static DuplicateNotice duplicateNotice() {
    return DuplicateNotice.newBuilder()
        .setDuplicateId("77aa")
        .setCanonicalId("3f1c0a9e")
        .setSimilarity(0.87)
        .setKind(DuplicateKind.NEAR)
        .setSource(null)
        .setUrl("https://kazpravda.kz/n/77aa")
        .setFingerprint("0d1e")
        .setDetectedAt(FETCHED)
        .build();
  }

  static SessionKey sessionKey() {
    return SessionKey.newBuilder()
        .setRegion("KZ-19")
        .setLevel(SessionLevel.DISTRICT)
        .setNumber(34)
        .setDistrict("Талгарский район")
        .build();
  }

  static ArticleRef articleRef() {
    return ArticleRef.newBuilder().setId("3f1c0a9e").setTitle("ХХХІV сессия").build();
  }

  static SessionSummary sessionSummary() {
    return SessionSummary.newBuilder()
        .setKey(sessionKey())
        .setCity(null)
        .setEventDate(SESSION_DATE)
        .setFirstSeen(PUBLISHED)
        .setLastSeen(FETCHED)
        .setArticleCount(2)
        .setDuplicateCount(5)
        .setLanguages(Map.of("kk", 1, "ru", 1))
        .setSources(List.of("inform.kz", "kazpravda.kz"))
        .setArticles(List.of(articleRef(), ArticleRef.newBuilder().setId("77aa").build()))
        .build();
  }

  static RejectedInput rejectedInput() {
    return RejectedInput.newBuilder()
        .setReason("BINARY_CONTENT")
        .setDetail("not text: 3 of 3 bytes are control or invalid")
        .setStage("producer")
        .setOrigin("POST /articles from 10.0.0.7")
        .setArticleId(null)
        .setRawText(null)
        .setRawBytes(ByteBuffer.wrap(new byte[] {0, (byte) 0xff, 0x10}))
        .setRejectedAt(FETCHED)
        .build();
  }

  static ArticleView articleView() {
    return ArticleView.newBuilder()
        .setArticle(enrichedArticle())
        .setDuplicateCount(1)
        .setSources(List.of("inform.kz", "kazpravda.kz"))
        .setDuplicateIds(List.of("77aa"))
        .build();
  }

  static RegionSessions regionSessions() {
    return RegionSessions.newBuilder().setRegion("KZ-19").setSessions(List.of(sessionSummary())).build();
  }

  static CanonicalDuplicates canonicalDuplicates() {
    return CanonicalDuplicates.newBuilder().setNotices(List.of(duplicateNotice())).build();
  }

  static SessionArticle sessionArticle() {
    return SessionArticle.newBuilder()
        .setId("9f2c")
        .setTitle("ҚХА сессиясы")
        .setLanguage("kk")
        .setEventTime(PUBLISHED)
        .setCity("Taldykorgan")
        .setDate(SESSION_DATE)
        .setDuplicateCount(2)
        .setSources(List.of("zhetysu.kz"))
        .build();
  }

  static SessionArticles sessionArticles() {
    return SessionArticles.newBuilder()
        .setArticles(List.of(sessionArticle(), SessionArticle.newBuilder()
            .setId("77aa").setLanguage("ru").setEventTime(FETCHED).build()))
        .build();
  }

  /** One or more records of every generated record class. */
  static Stream<SpecificRecord> all() {
    return Stream.of(
        rawArticle(),
        minimalRawArticle(),
        enrichedArticle(),
        sessionRef(),
        sessionMention(),
        duplicateNotice(),
        sessionKey(),
        articleRef(),
        sessionSummary(),
        rejectedInput(),
        articleView(),
        regionSessions(),
        canonicalDuplicates(),
        sessionArticle(),
        sessionArticles());
  }
}
