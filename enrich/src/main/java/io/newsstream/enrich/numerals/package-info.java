/**
 * Ordinal numbers in every form the press uses for a session: Roman numerals typed with Latin and
 * Cyrillic look-alike letters ("ХХІҮ", "XVІІІ"), digits with a case suffix ("19-ая", "34-ші") and
 * ordinal words in Russian and Kazakh ("двадцать девятая", "отыз төртінші"). Which numerals number a
 * session is the session package's business: this one finds them all, "XXI века" included.
 */
package io.newsstream.enrich.numerals;
