/**
 * People named in an article: full names (given name and surname) put in the nominative from any
 * Russian or Kazakh case form ("Нурсултана Назарбаева", "Марат Сұлтанғазиевтің"), with the role
 * stated next to them. People a text only honours (a school "имени Абая", museums, a
 * minute of silence) are not people of the story and are left out.
 */
package io.newsstream.enrich.people;
