/**
 * Assembly sessions in an article: every numbered session it names, which of them it reports on
 * (its subject: in the title or lead, bound to "прошла", "состоялась", "өтті") and which it only
 * refers to ("поручений, данных на XXVII сессии"), and each one's level and region. Sessions of
 * other bodies (a maslikhat, the UN General Assembly) are not Assembly sessions and are ignored.
 */
package io.newsstream.enrich.session;
