package io.newsstream.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The site-chrome rules a {@link TextCleaner} applies. To teach it a new site, add a rule to {@link #DEFAULT}. */
public final class ChromeRules {
  public static final ChromeRules DEFAULT =
      new ChromeRules(
          List.of(
              // Python's None and JavaScript's null where a scraper found no element.
              ChromeRule.anywhere("empty-value", "none|null"),
              ChromeRule.anywhere(
                  "navigation",
                  "сейчас читают|возврат к списку|вернуться к списку|главные новости|последние новости"),
              ChromeRule.anywhere(
                  "related-link",
                  "(?:читайте также|читайте еще|читайте ещё|тағы оқыңыз|оқи отырыңыз)(?:[: ].*)?"),
              ChromeRule.anywhere(
                  "comments",
                  "пікір жазу|пікір қалдыру|пікірлер|комментарии|оставить комментарий|добавить комментарий"),
              ChromeRule.anywhere("share-button", "(?:поделиться|бөлісу|share)(?: ?:.*)?"),
              ChromeRule.anywhere(
                  "view-counter",
                  "(?:👁️?|просмотр(?:ов|ы)?|көрілім(?:дер)?|көрілді|қаралды|views) ?:? ?\\d[\\d ]*"),
              // A bare number on a line of its own is a view or comment counter: it changes between
              // two scrapes of the same article, so it must not reach the fingerprint.
              ChromeRule.anywhere("bare-counter", "\\d[\\d ]*"),
              // A short lead-in ending in ':' that nothing follows: the links it introduced were not scraped.
              ChromeRule.trailing("dangling-lead-in", "[^.!?]{1,60}:")));

  private final List<ChromeRule> rules;

  public ChromeRules(List<ChromeRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** These rules and one more. */
  public ChromeRules with(ChromeRule rule) {
    List<ChromeRule> more = new ArrayList<>(rules);
    more.add(rule);
    return new ChromeRules(more);
  }

  /**
   * The rule that makes a normalised line chrome, if any.
   *
   * @param atEnd whether nothing but blank lines and chrome follows the line
   */
  public Optional<ChromeRule> ruleFor(String line, boolean atEnd) {
    return rules.stream().filter(r -> (atEnd || !r.trailingOnly()) && r.matches(line)).findFirst();
  }

  /** The lines without chrome; blank lines are kept for the caller to collapse. */
  List<String> strip(List<String> lines) {
    List<String> kept = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (ruleFor(line, false).isEmpty()) {
        kept.add(line);
      }
    }
    // Trailing rules, from the end: removing one dangling line may leave another at the end.
    int end = kept.size();
    while (end > 0 && (kept.get(end - 1).isEmpty() || ruleFor(kept.get(end - 1), true).isPresent())) {
      end--;
    }
    return kept.subList(0, end);
  }
}
