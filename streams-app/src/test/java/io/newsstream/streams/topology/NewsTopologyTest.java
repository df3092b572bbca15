package io.newsstream.streams.topology;

import static io.newsstream.streams.topology.NewsTopologyDriver.START;
import static io.newsstream.streams.topology.NewsTopologyDriver.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.DuplicateKind;
import io.newsstream.schema.DuplicateNotice;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.SessionLevel;
import io.newsstream.schema.SessionRef;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.RejectedInput;
import io.newsstream.schema.Topics;
import io.newsstream.streams.dedup.Deduplication;
import io.newsstream.text.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the topology does with each kind of input. Each test has its own state directory. */
class NewsTopologyTest {
  static final String RUSSIAN =
      "В Астане прошла ХХV сессия Ассамблеи народа Казахстана. Участники обсудили вопросы "
          + "межэтнического согласия и укрепления единства общества.\n\nПо итогам заседания были "
          + "приняты рекомендации для местных исполнительных органов.";
  static final String KAZAKH =
      "Астанада Қазақстан халқы Ассамблеясының кезекті сессиясы өтті. Жиынға облыстардың өкілдері "
          + "мен этномәдени бірлестіктердің төрағалары қатысты. Сессия барысында қоғамдағы татулық пен "
          + "бірлікті нығайту мәселелері талқыланды.";

  @TempDir Path stateDir;
  NewsTopologyDriver news;

  @BeforeEach
  void startDriver() {
    news = new NewsTopologyDriver(stateDir);
  }

  @AfterEach
  void closeDriver() {
    news.close();
  }

  @Test
  void aValidArticleBecomesOneEnrichedArticleWithItsLanguage() {
    news.send(article("ru-1", "None\n" + RUSSIAN + "\nПросмотров: 12\nЧитайте также:"));

    TestRecord<String, EnrichedArticle> out = news.articles.readRecord();
    EnrichedArticle article = out.value();
    assertThat(out.key()).isEqualTo("ru-1");
    assertThat(article.getId()).isEqualTo("ru-1");
    assertThat(article.getLanguage()).isEqualTo("ru");
    assertThat(article.getLanguageConfidence()).isBetween(0.05, 1.0);
    assertThat(article.getText()).startsWith("В Астане прошла XXV сессия").endsWith("органов.").doesNotContain("None");
    assertThat(article.getFingerprint()).isEqualTo(Fingerprint.of(article.getText()));
    assertThat(article.getFetchedAt()).isEqualTo(START);
    assertThat(article.getProcessedAt()).isNotNull();
    assertThat(article.getScript()).isEqualTo("Cyrl");
    assertThat(article.getLanguageShares()).isEqualTo(Map.of("ru", 1.0));
    // Enriched with the very code of `newsstream enrich`: the national session, held in Astana.
    assertThat(article.getIsSessionReport()).isTrue();
    assertThat(article.getSession()).isEqualTo(SessionRef.newBuilder()
        .setNumber(25).setLevel(SessionLevel.NATIONAL).setRegion("KZ").setDistrict(null)
        .setCity("Astana").setDate(null).build());
    assertThat(article.getMentionedSessions()).isEmpty();
    assertThat(article.getPeople()).isEmpty();
    assertThat(article.getRoles()).isEmpty();
    assertThat(article.getPlaces()).contains("Astana");
    assertThat(news.articles.isEmpty()).isTrue();
    assertThat(news.duplicates.isEmpty()).isTrue();
    assertThat(news.dlq.isEmpty()).isTrue();
  }

  @Test
  void aKazakhArticleIsTaggedKk() {
    news.send(article("kk-1", KAZAKH));

    assertThat(news.articles.readValue().getLanguage()).isEqualTo("kk");
  }

  @Test
  void theScrapersTitleIsKeptCleanedElseTheFirstShortLineIsTaken() {
    news.send(RawArticle.newBuilder(article("t-1", RUSSIAN)).setTitle("ХХV  сессия – «АНК»").build());
    news.send(article("t-2", "Сессия ассамблеи в Астане\n" + KAZAKH));

    assertThat(news.articles.readValue().getTitle()).isEqualTo("XXV сессия — \"АНК\"");
    assertThat(news.articles.readValue().getTitle()).isEqualTo("Сессия ассамблеи в Астане");
  }

  @Test
  void blankTextGoesToTheDlqWithTheReason() {
    news.send(article("blank-1", "  \n\t "));

    RejectedInput rejected = onlyReject();
    assertThat(rejected.getReason()).isEqualTo("EMPTY_TEXT");
    assertThat(rejected.getDetail()).isNotBlank();
    assertThat(rejected.getStage()).isEqualTo(NewsTopology.VALIDATE);
    assertThat(rejected.getOrigin()).isEqualTo(Topics.RAW.name() + "-0@0");
    assertThat(rejected.getArticleId()).isEqualTo("blank-1");
  }

  @Test
  void aTextOfNothingButSiteChromeIsEmpty() {
    news.send(article("chrome-1", "None\nNone\nСейчас читают\nПросмотров: 5"));

    RejectedInput rejected = onlyReject();
    assertThat(rejected.getReason()).isEqualTo("EMPTY_TEXT");
    assertThat(rejected.getRawText()).startsWith("None");
  }

  /** Issue 14: such a record reached neither the articles, the DLQ nor the duplicates. */
  @Test
  void aValidArticleSentUnderAnotherKeyGetsExactlyOneVerdictAReject() {
    news.raw.pipeInput("other-key", article("ru-key", RUSSIAN));
    news.raw.pipeInput(null, article("ru-nokey", RUSSIAN));

    List<RejectedInput> rejects = news.dlq.readValuesToList();
    assertThat(rejects).extracting(RejectedInput::getReason).containsExactly("KEY_MISMATCH", "KEY_MISMATCH");
    assertThat(rejects).extracting(RejectedInput::getArticleId).containsExactly("other-key", "ru-nokey");
    assertThat(rejects.get(0).getDetail()).contains("other-key", "ru-key");
    assertThat(news.articles.isEmpty()).isTrue();
    assertThat(news.duplicates.isEmpty()).isTrue();
  }

  @Test
  void anArticleWithoutIdGoesToTheDlq() {
    news.raw.pipeInput("key-1", article("", RUSSIAN));

    RejectedInput rejected = onlyReject();
    assertThat(rejected.getReason()).isEqualTo("MISSING_ID");
    assertThat(rejected.getArticleId()).isEqualTo("key-1");
  }

  @Test
  void aTextOverTwoMegabytesGoesToTheDlqTruncated() {
    news.send(article("big-1", "а".repeat(1024 * 1024 + 1))); // Cyrillic: 2 bytes each

    RejectedInput rejected = onlyReject();
    assertThat(rejected.getReason()).isEqualTo("TOO_LARGE");
    assertThat(rejected.getRawText()).hasSizeLessThan(100_000);
  }

  @Test
  void aTombstoneGoesToTheDlq() {
    news.raw.pipeInput("gone-1", null);

    RejectedInput rejected = onlyReject();
    assertThat(rejected.getReason()).isEqualTo("NULL_VALUE");
    assertThat(rejected.getArticleId()).isEqualTo("gone-1");
  }

  @Test
  void bytesThatAreNoRawArticleGoToTheDlqAndTheNextRecordIsProcessed() {
    byte[] junk = "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8);
    news.rawBytes.pipeInput("junk-1", junk);
    news.send(article("ru-1", RUSSIAN));

    RejectedInput rejected = news.dlq.readValue();
    assertThat(rejected.getReason()).isEqualTo("DESERIALIZATION_FAILED");
    assertThat(rejected.getDetail()).contains("magic byte");
    assertThat(rejected.getStage()).isEqualTo(NewsTopology.SOURCE);
    assertThat(rejected.getOrigin()).isEqualTo(Topics.RAW.name() + "-0@0");
    assertThat(rejected.getArticleId()).isEqualTo("junk-1");
    assertThat(rejected.getRawBytes().array()).isEqualTo(junk);
    assertThat(news.articles.readValue().getId()).isEqualTo("ru-1");
    assertThat(news.dlq.isEmpty()).isTrue();
  }

  @Test
  void theSameTextUnderAnotherIdIsAnExactDuplicateOfTheFirst() {
    news.send(article("first", RUSSIAN), START);
    String reflowed = "None\n" + RUSSIAN.replace(" ", "  ").replace("\n\n", "\n") + "\nПоделиться";
    news.send(article("second", reflowed), START.plusSeconds(60));

    assertThat(news.articles.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("first");
    KeyValue<String, DuplicateNotice> out = news.duplicates.readKeyValue();
    DuplicateNotice notice = out.value;
    assertThat(out.key).isEqualTo("second");
    assertThat(notice.getDuplicateId()).isEqualTo("second");
    assertThat(notice.getCanonicalId()).isEqualTo("first");
    assertThat(notice.getKind()).isEqualTo(DuplicateKind.EXACT);
    assertThat(notice.getSimilarity()).isEqualTo(1.0);
    assertThat(notice.getDetectedAt()).isNotNull();
    assertThat(news.duplicates.isEmpty()).isTrue();
    assertThat(news.dlq.isEmpty()).isTrue();
  }

  @Test
  void anArticleSentAgainUnderItsIdIsADuplicateOfItself() {
    news.send(article("ru-1", RUSSIAN));
    news.send(article("ru-1", RUSSIAN), START.plusSeconds(5));

    assertThat(news.articles.readValuesToList()).hasSize(1);
    DuplicateNotice notice = news.duplicates.readValue();
    assertThat(notice.getDuplicateId()).isEqualTo("ru-1");
    assertThat(notice.getCanonicalId()).isEqualTo("ru-1");
  }

  @Test
  void differentTextsAreBothArticles() {
    news.send(article("ru-1", RUSSIAN));
    news.send(article("kk-1", KAZAKH));

    assertThat(news.articles.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("ru-1", "kk-1");
    assertThat(news.duplicates.isEmpty()).isTrue();
  }

  @Test
  void everyInputGetsExactlyOneVerdict() {
    news.send(article("a", RUSSIAN));
    news.send(article("b", RUSSIAN));
    news.send(article("a", RUSSIAN));
    news.send(article("c", " "));
    news.rawBytes.pipeInput("d", new byte[] {0, 0, 0, 0, 42, 1});
    news.send(article("e", KAZAKH));

    List<String> verdictIds = new ArrayList<>();
    news.articles.readValuesToList().forEach(a -> verdictIds.add(a.getId()));
    news.duplicates.readValuesToList().forEach(d -> verdictIds.add(d.getDuplicateId()));
    news.dlq.readValuesToList().forEach(r -> verdictIds.add(r.getArticleId()));
    assertThat(verdictIds).containsExactlyInAnyOrder("a", "b", "a", "c", "d", "e");
  }

  @Test
  void everyProcessorStoreAndInternalTopicHasAGivenName() {
    news.send(article("ru-1", RUSSIAN));

    assertThat(news.topology.describe().toString()).doesNotContain("KSTREAM-", "KTABLE-");
    assertThat(news.driver.producedTopicNames())
        .contains(
            "newsstream-" + Deduplication.SKETCHES + "-changelog",
            "newsstream-" + Deduplication.VERDICTS + "-changelog");
  }

  private RejectedInput onlyReject() {
    List<RejectedInput> rejected = news.dlq.readValuesToList();
    assertThat(rejected).hasSize(1);
    assertThat(news.articles.isEmpty()).isTrue();
    assertThat(news.duplicates.isEmpty()).isTrue();
    return rejected.get(0);
  }
}
