/**
 * Words, sentences and the article as a list of sentences: the one tokenisation every other
 * enrichment package reads, so token indices mean the same thing everywhere.
 */
package io.newsstream.enrich.tokens;
