package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Issue 14: the registry client sent no credentials, and printed the URL with its password. */
class RegistryCredentialsTest {
  private static final String BASIC_USER_PASS =
      "Basic " + Base64.getEncoder().encodeToString("user:p@ss:word".getBytes(StandardCharsets.UTF_8));

  @Test
  void userInfoIsSentAsBasicAuthWhenTheSourceSaysSo() {
    RegistryCredentials credentials = RegistryCredentials.of("http://registry:8081",
        Map.of(RegistryCredentials.SOURCE, "USER_INFO", RegistryCredentials.USER_INFO, "user:p@ss:word"));

    assertThat(credentials.authorization()).contains(BASIC_USER_PASS);
    assertThat(credentials.url()).isEqualTo("http://registry:8081");
  }

  @Test
  void theSchemaRegistryPrefixedSpellingsCountToo() {
    RegistryCredentials credentials = RegistryCredentials.of("http://registry:8081", Map.of(
        "schema.registry.basic.auth.credentials.source", "USER_INFO",
        "schema.registry.basic.auth.user.info", "user:p@ss:word"));

    assertThat(credentials.authorization()).contains(BASIC_USER_PASS);
  }

  @Test
  void credentialsInTheUrlAreTheDefaultSourceAndNeverKeptInTheUrl() {
    RegistryCredentials credentials = RegistryCredentials.of("https://user:p%40ss%3Aword@registry:8081/sr", Map.of());

    assertThat(credentials.authorization()).contains(BASIC_USER_PASS);
    assertThat(credentials.url()).isEqualTo("https://registry:8081/sr");
    // With USER_INFO, Confluent's client ignores the URL's credentials: so does this one.
    assertThat(RegistryCredentials.of("http://a:b@registry:8081",
        Map.of(RegistryCredentials.SOURCE, "USER_INFO", RegistryCredentials.USER_INFO, "user:p@ss:word"))
        .authorization()).contains(BASIC_USER_PASS);
  }

  @Test
  void withoutCredentialsNothingIsSent() {
    assertThat(RegistryCredentials.of("http://registry:8081", Map.of()).authorization()).isEmpty();
  }

  @Test
  void badSettingsAreRefusedWithoutShowingTheSecret() {
    assertThatThrownBy(() -> RegistryCredentials.of("http://r:8081",
        Map.of(RegistryCredentials.SOURCE, "USER_INFO", RegistryCredentials.USER_INFO, "no-colon-secret")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("user:password")
        .hasMessageNotContaining("no-colon-secret");
    assertThatThrownBy(() -> RegistryCredentials.of("http://r:8081", Map.of(RegistryCredentials.SOURCE, "SASL_INHERIT")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("URL and USER_INFO");
  }

  @Test
  void redactRemovesOnlyTheUserInfo() {
    assertThat(RegistryCredentials.redact("http://u:secret@host:1/p@th")).isEqualTo("http://host:1/p@th");
    assertThat(RegistryCredentials.redact("http://host:1/p@th")).isEqualTo("http://host:1/p@th");
    assertThat(RegistryCredentials.redact("not a url")).isEqualTo("not a url");
  }

  @Test
  void theClientSendsTheCredentialsAndItsErrorsDoNotShowThem() throws IOException {
    try (FakeRegistry registry = FakeRegistry.start()) {
      String url = registry.url().replace("http://", "http://user:p%40ss%3Aword@");
      HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(url, Map.of());

      client.register("news.raw.v1-value", RawArticle.SCHEMA$);
      assertThat(registry.authorizations()).containsExactly(BASIC_USER_PASS);

      registry.thenAnswer(401, "{\"error_code\":40101,\"message\":\"Unauthorized\"}");
      assertThatThrownBy(() -> client.schemaById(99))
          .isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("40101")
          .hasMessageNotContaining("p%40ss")
          .hasMessageNotContaining("p@ss");
    }
  }

  @Test
  void theSerdesReadTheCredentialsFromTheirConfiguration() throws IOException {
    try (FakeRegistry registry = FakeRegistry.start()) {
      AvroSerializer<RawArticle> serializer = new AvroSerializer<>();
      serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
          RegistryCredentials.SOURCE, "USER_INFO", RegistryCredentials.USER_INFO, "user:p@ss:word"), false);

      serializer.serialize("news.raw.v1", Samples.rawArticle());

      assertThat(registry.authorizations()).containsExactly(BASIC_USER_PASS);
    }
  }
}
