/**
 * Kazakh in Latin (the 2017, 2018 and 2021 official alphabets) and Arabic script, detected and read
 * back to Cyrillic, so that the rest of the module reads one script.
 */
package io.newsstream.enrich.scripts;
