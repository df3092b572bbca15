package io.newsstream.enrich.people;

/**
 * Where a person is named in a sentence.
 *
 * @param person who
 * @param first index of the name's first token
 * @param last index of the name's last token
 */
public record PersonMention(Person person, int first, int last) {}
