package io.newsstream.dedup.corpus;

/**
 * One language's sentence bank. Templates fill {of} (region, genitive or Kazakh name), {in} (seat,
 * locative), {num} (session numeral), {date}, {agenda}, {role}, {name}, {n}; in Russian,
 * {Он} and {V:verb} agree with the person's gender.
 */
record Bank(
    String[] months,
    String dateFormat,
    String[] titles,
    String[] leads,
    String[] leadExtras,
    String[] agendas,
    String[] openers,
    String[] roles,
    String[] speakerIntros,
    String[] claims,
    String[] groups,
    String participantsFormat,
    String[] resolutions,
    String[] awards,
    String[] closings,
    String[] boilerplates,
    String[] otherStoryTitles,
    String[] otherStoryLeads,
    String listIntro) {}
