package io.newsstream.dedup.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.text.TextCleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled set of pages: a labels.json naming each page's file, url, group and kind, and a folder
 * with the pages' texts. Pages of one group of kind {@code copy} are one story republished; pages
 * of one group of kind {@code independent} are reports of one event, none a copy of another; pages
 * of different groups are different stories.
 */
public final class LabelledSet {
  /**
   * @param file the page's text, in the folder given with the labels
   * @param group pages of one group are one story (kind copy) or reports of one event (kind independent)
   * @param kind {@code copy} or {@code independent}
   * @param edits for fixtures, how this page was made from the story (lead added, cut, ...)
   */
  public record Page(String file, String url, String group, String kind, String language, String edits) {
    /** Whether this page and the other are copies of one story. */
    public boolean copyOf(Page other) {
      return group.equals(other.group) && kind.equals("copy") && other.kind.equals("copy");
    }
  }

  record Labels(String about, List<Page> pages) {}

  /** A page with its text, cleaned as the streams app cleans it. */
  public record Doc(Page page, String cleanedText) {}

  private LabelledSet() {}

  /** The pages labelled in the file; IllegalArgumentException saying what is wrong with a bad file. */
  public static List<Page> pages(Path labelsJson) {
    Labels labels;
    try {
      ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
      labels = json.readValue(labelsJson.toFile(), Labels.class);
    } catch (JsonProcessingException e) {
      String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new IllegalArgumentException("cannot read labels " + labelsJson + ": not the labels' JSON" + at + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read labels " + labelsJson + ": " + e.getMessage(), e);
    }
    if (labels.pages() == null || labels.pages().isEmpty()) {
      throw new IllegalArgumentException("no pages in " + labelsJson + ": expected {\"pages\": [{\"file\", \"group\", \"kind\"}, ...]}");
    }
    for (Page p : labels.pages()) {
      if (p.file() == null || p.group() == null || !("copy".equals(p.kind()) || "independent".equals(p.kind()))) {
        throw new IllegalArgumentException("page " + p + " in " + labelsJson + " needs a file, a group and kind copy or independent");
      }
    }
    return labels.pages();
  }

  /** The labelled pages whose text is in the folder, cleaned as the streams app cleans them; pages without a file are left out. */
  public static List<Doc> load(Path labelsJson, Path folder) {
    return load(pages(labelsJson), folder);
  }

  /** As {@link #load(Path, Path)}, for pages read already. */
  public static List<Doc> load(List<Page> pages, Path folder) {
    TextCleaner cleaner = new TextCleaner();
    List<Doc> docs = new ArrayList<>();
    for (Page page : pages) {
      Path file = folder.resolve(page.file());
      if (Files.isRegularFile(file)) {
        try {
          docs.add(new Doc(page, cleaner.clean(Files.readString(file, StandardCharsets.UTF_8)).text()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
      }
    }
    return docs;
  }
}
