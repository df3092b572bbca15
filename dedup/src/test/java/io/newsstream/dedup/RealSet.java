package io.newsstream.dedup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.dedup.NearDuplicateDetector.Match;
import io.newsstream.text.TextCleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A labelled set of pages (labels.json plus a folder of texts) scored through the full pipeline:
 * sketch, band keys, candidates from an in-memory LSH index (each page meets the earlier ones
 * sharing a band key, as in the stream), verdict. Recall counts the pairs of pages of one "copy"
 * group; a flagged pair is right when both pages are of one "copy" group.
 */
final class RealSet {
  /**
   * @param file the page's text, in the folder given with the labels
   * @param group pages of one group are one story (kind copy) or reports of one event (kind independent)
   * @param kind {@code copy} or {@code independent}
   * @param edits for fixtures, how this page was made from the story (lead added, cut, ...)
   */
  record Page(String file, String url, String group, String kind, String language, String edits) {}

  record Labels(String about, List<Page> pages) {}

  record Doc(Page page, String cleanedText) {}

  /** The counts of one scoring, with each miss and false match described. */
  record Score(int documents, int copyPairs, int candidateCopyPairs, int found, int flagged, int wrong, int candidatePairs,
      Map<NearDuplicateDetector.Measure, Integer> foundBy, List<String> misses, List<String> falseMatches) {
    double recall() {
      return copyPairs == 0 ? 1 : (double) found / copyPairs;
    }

    double precision() {
      return flagged == 0 ? 1 : (double) (flagged - wrong) / flagged;
    }

    double candidateRecall() {
      return copyPairs == 0 ? 1 : (double) candidateCopyPairs / copyPairs;
    }

    double candidatesPerDocument() {
      return (double) candidatePairs / documents;
    }

    String summary() {
      return String.format(Locale.ROOT,
          "%d pages, %d copy pairs: recall %.3f (%d found, by measure %s; %d were LSH candidates), precision %.3f (%d flagged, %d wrong), %.2f candidates per page",
          documents, copyPairs, recall(), found, foundBy, candidateCopyPairs, precision(), flagged, wrong, candidatesPerDocument());
    }
  }

  private RealSet() {}

  static List<Page> labels(Path labelsJson) {
    try {
      ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
      return json.readValue(labelsJson.toFile(), Labels.class).pages();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labels " + labelsJson + ": " + e.getMessage(), e);
    }
  }

  /** The labelled pages whose text is in the folder, cleaned as the streams app cleans them; pages without a file are left out. */
  static List<Doc> load(Path labelsJson, Path folder) {
    TextCleaner cleaner = new TextCleaner();
    List<Doc> docs = new ArrayList<>();
    for (Page page : labels(labelsJson)) {
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

  static Score score(NearDuplicateDetector detector, List<Doc> docs) {
    List<Sketch> sketches = docs.stream().map(d -> detector.sketch(d.cleanedText())).toList();
    Set<LshCandidates.Pair> candidates = LshCandidates.of(detector, sketches);
    int copyPairs = 0;
    int candidateCopyPairs = 0;
    int found = 0;
    int flagged = 0;
    int wrong = 0;
    Map<NearDuplicateDetector.Measure, Integer> foundBy = new java.util.EnumMap<>(NearDuplicateDetector.Measure.class);
    List<String> misses = new ArrayList<>();
    List<String> falseMatches = new ArrayList<>();
    for (int b = 0; b < docs.size(); b++) {
      for (int a = 0; a < b; a++) {
        Page pa = docs.get(a).page();
        Page pb = docs.get(b).page();
        boolean copies = pa.group().equals(pb.group()) && pa.kind().equals("copy");
        boolean candidate = candidates.contains(new LshCandidates.Pair(a, b));
        Optional<Match> match = candidate ? detector.matchIfDuplicate(sketches.get(a), sketches.get(b)) : Optional.empty();
        if (copies) {
          copyPairs++;
          candidateCopyPairs += candidate ? 1 : 0;
        }
        if (match.isPresent()) {
          flagged++;
          if (copies) {
            found++;
            foundBy.merge(match.get().measure(), 1, Integer::sum);
          } else {
            wrong++;
            falseMatches.add(describe(pa, pb, sketches.get(a), sketches.get(b), candidate) + " flagged by " + match.get().measure());
          }
        } else if (copies) {
          misses.add(describe(pa, pb, sketches.get(a), sketches.get(b), candidate));
        }
      }
    }
    return new Score(docs.size(), copyPairs, candidateCopyPairs, found, flagged, wrong, candidates.size(), foundBy, misses, falseMatches);
  }

  private static String describe(Page a, Page b, Sketch sa, Sketch sb, boolean candidate) {
    double[] core = sa.coreOverlap(sb);
    return String.format(Locale.ROOT, "%s ~ %s (group %s/%s): jaccard %.3f, core containment %.3f (%.0f shingles shared), shingles %d/%d, cores %d/%d%s",
        a.file(), b.file(), a.group(), b.group(), sa.agreement(sb), core[0], core[1],
        sa.shingles(), sb.shingles(), sa.coreShingles(), sb.coreShingles(), candidate ? "" : ", not an LSH candidate");
  }
}
