package io.newsstream.language;

/** One detector for all tests in the JVM: loading the models takes seconds and hundreds of MB. */
public final class SharedDetector {
  public static final LanguageDetector HIGH_ACCURACY = new LanguageDetector(LanguageDetector.Accuracy.HIGH);

  private SharedDetector() {}
}
