package io.newsstream.producer.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON input, in plain words: Jackson's messages name its own classes and
 * settings ({@code StreamReadConstraints.getMaxNestingDepth()}, {@code StreamReadFeature...}),
 * which mean nothing to whoever sent the article. Hand-written because Jackson has no message
 * for the sender, only for the programmer.
 */
final class JsonErrors {
  // "Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints...`)"
  private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum[^(]*\\((\\d+)");
  // Jackson's own names, quoted in backticks, and source excerpts in brackets.
  private static final Pattern INTERNALS = Pattern.compile("\\s*\\((?:[^()]|\\([^()]*\\))*`[^`]*`[^)]*\\)|\\s*\\[Source:[^\\]]*\\]");
  private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at [^)]*\\)+");

  private JsonErrors() {}

  /** "malformed JSON at line L, column C: what is wrong", without the place when the parser has none. */
  static String describe(JsonProcessingException e) {
    return "malformed JSON" + (e.getLocation() == null ? "" : " at " + location(e.getLocation())) + ": " + problem(e);
  }

  static String location(JsonLocation at) {
    return at == null ? "unknown position" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static String problem(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      Matcher limit = LIMIT.matcher(message);
      String found = limit.find() ? limit.group(1) : null;
      String max = found == null ? null : limit.group(2);
      if (message.contains("nesting depth")) {
        return "nested deeper than " + or(max, "the limit") + " levels of arrays and objects";
      } else if (message.startsWith("Number value length")) {
        return "a number of " + or(found, "too many") + " digits, over the limit of " + or(max, "the reader");
      } else if (message.startsWith("String value length")) {
        return "a string of " + or(found, "too many") + " characters, over the limit of " + or(max, "the reader");
      } else if (message.startsWith("Name length")) {
        return "a field name of " + or(found, "too many") + " characters, over the limit of " + or(max, "the reader");
      } else if (message.contains("Document length")) {
        return "the document is longer than " + or(max, "the reader takes");
      }
      return "the JSON is over a size limit of the reader";
    }
    if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
      return "the input ends before the JSON value does (an object, array or string is not closed)";
    }
    if (message.startsWith("Trailing token")) {
      return "content after the JSON value; nothing of it was taken";
    }
    String plain = START_MARKER.matcher(INTERNALS.matcher(message).replaceAll("")).replaceAll("").strip();
    int quoted = plain.indexOf('`');
    if (quoted >= 0) { // a library name left outside parentheses: keep what comes before it
      int clause = plain.lastIndexOf(':', quoted);
      plain = clause > 0 ? plain.substring(0, clause) : "";
    }
    return plain.isBlank() ? "not a JSON value" : plain.strip();
  }

  private static String or(String value, String otherwise) {
    return value == null ? otherwise : value;
  }
}
