package io.newsstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void normalisedFormIsLowerCaseWordsJoinedBySingleSpaces() {
    assertThat(Fingerprint.normalise("  XXV сессия — \"АНК\",\n\n2019-й год!  ")).isEqualTo("xxv сессия анк 2019 й год");
  }

  @Test
  void normalisedFormOfNothingIsEmpty() {
    assertThat(Fingerprint.normalise(" — !? ")).isEmpty();
  }

  @Test
  void isHexSha256OfTheNormalisedForm() {
    // SHA-256 of "abc", the FIPS 180-2 test vector.
    assertThat(Fingerprint.of("  «ABC»!"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        .isEqualTo(Fingerprint.sha256Hex("abc"));
  }

  @Test
  void reflowedWhitespaceAndPunctuationDoNotChangeIt() {
    String a = cleaner.clean("Сессия прошла в Астане. Участники приняли решение.").text();
    String b = cleaner.clean("Сессия прошла\nв  Астане;\n\nучастники приняли решение!").text();

    assertThat(Fingerprint.of(a)).isEqualTo(Fingerprint.of(b));
  }

  @Test
  void siteChromeAndLookAlikeNumeralsDoNotChangeIt() {
    String a = cleaner.clean("ХХV сессия АНК\nТекст «статьи».").text();
    String b = cleaner.clean("None\nXXV сессия АНК\n\nТекст \"статьи\".\nПросмотров: 1 234\nЧитайте также:").text();

    assertThat(Fingerprint.of(a)).isEqualTo(Fingerprint.of(b));
  }

  @Test
  void differentWordsChangeIt() {
    assertThat(Fingerprint.of("XXV сессия")).isNotEqualTo(Fingerprint.of("XXVI сессия"));
  }
}
