package io.newsstream.producer.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.dlq.RejectReason;
import io.newsstream.producer.Texts;
import io.newsstream.producer.validate.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleIdsTest {
  private static final String CANONICAL = "https://inform.kz/ru/sessiya-assamblei_a123";

  @ParameterizedTest
  @ValueSource(strings = {
      "https://inform.kz/ru/sessiya-assamblei_a123",
      "http://www.inform.kz/ru/sessiya-assamblei_a123/",
      "HTTPS://Inform.KZ:443/ru/sessiya-assamblei_a123#comments",
      "https://inform.kz/ru/sessiya-assamblei_a123?utm_source=telegram&utm_medium=social&fbclid=x1",
      "  https://user@inform.kz/ru/sessiya-assamblei_a123  "})
  void spellingsOfOneUrlAreOne(String url) {
    assertThat(CanonicalUrl.of(url)).isEqualTo(CANONICAL);
    assertThat(ArticleIds.fromUrl(url)).isEqualTo(ArticleIds.fromUrl(CANONICAL));
  }

  @Test
  void rawAndEscapedCyrillicPathsAreOne() {
    String raw = "https://astana.gov.kz/новости/сессия";
    String escaped = "https://astana.gov.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%d1%81%d0%b5%d1%81%d1%81%d0%b8%d1%8f";
    assertThat(CanonicalUrl.of(raw)).isEqualTo(CanonicalUrl.of(escaped));
  }

  @Test
  void internationalHostNamesBecomePunycode() {
    assertThat(CanonicalUrl.host("http://президент.рф/news")).isEqualTo("xn--d1abbgf6aiiy.xn--p1ai");
  }

  @Test
  void queryParametersAreSortedAndKept() {
    assertThat(CanonicalUrl.of("https://kt.kz/news?id=7&lang=kk"))
        .isEqualTo(CanonicalUrl.of("https://kt.kz/news?lang=kk&id=7&utm_campaign=a"))
        .isEqualTo("https://kt.kz/news?id=7&lang=kk");
  }

  @Test
  void differentArticlesHaveDifferentIds() {
    assertThat(ArticleIds.fromUrl("https://kt.kz/news/1")).isNotEqualTo(ArticleIds.fromUrl("https://kt.kz/news/2"));
    assertThat(ArticleIds.fromUrl("https://kt.kz/news/1")).isNotEqualTo(ArticleIds.fromUrl("https://kt.kz:8443/news/1"));
  }

  @Test
  void textIdsIgnoreLayoutButNotWords() {
    String rewrapped = Texts.KAZAKH.replace(". ", ".\n\n").toUpperCase();
    assertThat(ArticleIds.fromText(rewrapped)).isEqualTo(ArticleIds.fromText(Texts.KAZAKH));
    assertThat(ArticleIds.fromText(Texts.RUSSIAN)).isNotEqualTo(ArticleIds.fromText(Texts.KAZAKH));
    assertThat(ArticleIds.fromText(Texts.KAZAKH)).hasSize(32).matches("[0-9a-f]+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"inform.kz/ru/news", "ftp://inform.kz/file", "https:///path", "https://host:80a/"})
  void refusesWhatIsNotAnHttpUrl(String url) {
    assertThatThrownBy(() -> ArticleIds.fromUrl(url))
        .isInstanceOfSatisfying(RefusedException.class, e -> {
          assertThat(e.refusal().reason()).isEqualTo(RejectReason.BAD_URL);
          assertThat(e.refusal().detail()).contains(url);
        });
  }
}
