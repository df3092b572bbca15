package io.newsstream.text;

/**
 * A cleaned article.
 *
 * @param title the caller's title, cleaned, else the first line of the text when it looks like a
 *     title; null when neither gives one
 * @param text the cleaned text: lines separated by '\n', paragraphs by one blank line
 */
public record CleanText(String title, String text) {}
