/**
 * Enrichment of news articles about the Assembly of People of Kazakhstan: which session an article
 * reports on, at what level, where and when, which sessions it mentions, and who took part.
 * {@link io.newsstream.enrich.Enricher} is the entry point; the subpackages hold the pieces (numerals,
 * gazetteer, sessions, dates, people). Pure logic: no Kafka types.
 */
package io.newsstream.enrich;
