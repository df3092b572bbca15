/**
 * The places of Kazakhstan as news name them: the 20 units of ISO 3166-2:KZ in their Russian and
 * Kazakh case forms, adjectives and abbreviations, cities with the region they belong to on a date,
 * and districts. Data lives in {@code src/main/resources/io/newsstream/enrich/gazetteer/*.tsv}.
 */
package io.newsstream.enrich.gazetteer;
