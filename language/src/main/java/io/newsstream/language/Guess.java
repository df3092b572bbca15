package io.newsstream.language;

/**
 * One detector's answer for one sample.
 *
 * @param language ISO 639-1 code where one exists, else the detector's own code; {@link
 *     LanguageDetector#UNDETERMINED} when it has no answer
 * @param confidence how far the runner-up stays behind: 1 - runnerUp / top, 0..1
 */
record Guess(String language, double confidence) {
  static final Guess UNDETERMINED = new Guess(LanguageDetector.UNDETERMINED, 0.0);

  /** The guess from a detector's two best scores, of any positive scale. */
  static Guess ranked(String language, double top, double runnerUp) {
    return top > 0 ? new Guess(language, 1.0 - runnerUp / top) : UNDETERMINED;
  }

  boolean isUndetermined() {
    return LanguageDetector.UNDETERMINED.equals(language);
  }
}
