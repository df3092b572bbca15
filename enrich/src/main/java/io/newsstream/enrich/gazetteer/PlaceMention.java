package io.newsstream.enrich.gazetteer;

/**
 * A place named in a sentence.
 *
 * @param place what is named
 * @param first index of the first token, including a preceding designator ("области Абай")
 * @param last index of the last token, including a following designator ("Алматы облысында")
 * @param ending the case ending of the last token after its stem ("нда" of "облысында", "е" of
 *     "Талдыкоргане"); Kazakh endings tell where something happened
 */
public record PlaceMention(Place place, int first, int last, String ending) {}
