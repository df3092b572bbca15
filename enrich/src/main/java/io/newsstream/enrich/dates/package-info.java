/**
 * Dates in Russian and Kazakh texts: day and month names ("14 апреля 2016 года", "2024 жылғы 18
 * сәуірде"), numeric forms, and words relative to the publication date ("сегодня", "кеше", "в
 * четверг").
 */
package io.newsstream.enrich.dates;
