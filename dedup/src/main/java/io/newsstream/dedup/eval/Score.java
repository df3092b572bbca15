package io.newsstream.dedup.eval;

import io.newsstream.dedup.NearDuplicateDetector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one scoring of a labelled set, with each miss and each false match described.
 *
 * @param copyPairs pairs of pages of one copy group
 * @param candidateCopyPairs of them, how many were candidates, by band or anchor (the pure matcher only; -1 when not known)
 * @param found copy pairs found: judged copies (matcher), or ending on one canonical article (pipeline)
 * @param flagged pairs flagged as copies: judged (matcher), or a page and the article its notice names (pipeline)
 * @param wrong flagged pairs whose pages are not copies of one story
 * @param foundBy flagged right pairs by the measure that matched
 */
public record Score(String mode, int documents, int copyPairs, int candidateCopyPairs, int found, int flagged, int wrong,
    Map<String, Integer> foundBy, List<String> misses, List<String> falseMatches) {
  public double recall() {
    return copyPairs == 0 ? 1 : (double) found / copyPairs;
  }

  public double precision() {
    return flagged == 0 ? 1 : (double) (flagged - wrong) / flagged;
  }

  public String summary() {
    return String.format(Locale.ROOT,
        "%s: %d pages, %d copy pairs: recall %.3f (%d found, by measure %s%s), precision %.3f (%d flagged, %d wrong)",
        mode, documents, copyPairs, recall(), found, foundBy,
        candidateCopyPairs < 0 ? "" : "; " + candidateCopyPairs + " were candidates", precision(), flagged, wrong);
  }

  /** The figures as one JSON object's fields, for the command's last line. */
  public Map<String, Object> figures(NearDuplicateDetector.Settings settings) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mode", mode);
    out.put("pages", documents);
    out.put("copyPairs", copyPairs);
    out.put("found", found);
    out.put("recall", Math.round(recall() * 10000) / 10000.0);
    out.put("flagged", flagged);
    out.put("wrong", wrong);
    out.put("precision", Math.round(precision() * 10000) / 10000.0);
    out.put("foundBy", foundBy);
    out.put("misses", misses.size());
    out.put("falseMatches", falseMatches.size());
    out.put("settings", settings.toString());
    return out;
  }
}
