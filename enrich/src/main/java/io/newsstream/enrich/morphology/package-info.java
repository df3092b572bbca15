/**
 * Word endings of Russian and Kazakh: enough morphology to see one name in all its case forms
 * ("Астана", "Астане", "Астанада") without a dictionary of every form.
 */
package io.newsstream.enrich.morphology;
