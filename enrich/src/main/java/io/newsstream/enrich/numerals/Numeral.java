package io.newsstream.enrich.numerals;

/**
 * An ordinal number in a sentence.
 *
 * @param value the number
 * @param first index of its first token
 * @param last index of its last token (ordinal words can take two)
 * @param spelled whether it is written in words ("первая", "отыз төртінші"), which also describe
 *     ("the first session of the new composition") where Roman numerals and digits only number
 */
public record Numeral(int value, int first, int last, boolean spelled) {}
