package io.newsstream.dedup.eval;

import io.newsstream.dedup.NearDuplicateDetector;
import io.newsstream.dedup.NearDuplicateDetector.Match;
import io.newsstream.dedup.ShingleFrequencies;
import io.newsstream.dedup.Sketch;
import io.newsstream.dedup.eval.LabelledSet.Doc;
import io.newsstream.dedup.eval.LabelledSet.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Scores near-duplicate detection on a labelled set. Recall counts the pairs of pages of one copy
 * group; a flagged pair is right when both pages are of one copy group. Misses and false matches
 * are described with every measure of the pair, as the pure matcher computes them.
 */
public final class Scoring {
  private Scoring() {}

  /**
   * The pure matcher, as the stream uses it: each page in order meets the earlier ones sharing an
   * LSH band key and is judged with the shingle frequencies of the pages before it.
   */
  public static Score matcher(NearDuplicateDetector detector, List<Doc> docs) {
    List<Sketch> sketches = docs.stream().map(d -> detector.sketch(d.cleanedText())).toList();
    Set<LshCandidates.Pair> candidates = LshCandidates.of(detector, sketches);
    ShingleFrequencies frequencies = new ShingleFrequencies();
    Tally tally = new Tally(0);
    for (int b = 0; b < docs.size(); b++) {
      for (int a = 0; a < b; a++) {
        Page pa = docs.get(a).page();
        Page pb = docs.get(b).page();
        boolean copies = pa.copyOf(pb);
        boolean candidate = candidates.contains(new LshCandidates.Pair(a, b));
        Optional<Match> match = candidate
            ? detector.matchIfDuplicate(sketches.get(a), sketches.get(b), frequencies.common()) : Optional.empty();
        String pair = describe(detector, pa, pb, sketches.get(a), sketches.get(b), frequencies.common())
            + (candidate ? "" : ", not a candidate");
        if (copies) {
          tally.copyPair(candidate);
        }
        if (match.isPresent()) {
          if (copies) {
            tally.found();
            tally.flaggedRight(match.get().measure().name());
          } else {
            tally.flaggedWrong(pair + "; flagged by " + match.get().measure());
          }
        } else if (copies) {
          tally.missed(pair);
        }
      }
      frequencies.add(sketches.get(b));
    }
    return tally.score("matcher", docs.size());
  }

  /**
   * A page's final verdict from the pipeline.
   *
   * @param duplicateOf the file of the page its notice names, or null if it was published (unique)
   * @param kind EXACT or NEAR, for a duplicate
   * @param measure the notice's measure, for a duplicate
   */
  public record Verdict(String duplicateOf, String kind, String measure, double similarity) {
    public static final Verdict UNIQUE = new Verdict(null, null, null, 0);
  }

  /**
   * The pipeline's verdicts: a copy pair is found when both pages end on one canonical article (the
   * one the notices name, or the page itself when published); each notice flags one pair, the page
   * and the article it names. Pages without a verdict count as unique.
   *
   * @param verdicts by page file
   */
  public static Score pipeline(NearDuplicateDetector detector, List<Doc> docs, Map<String, Verdict> verdicts) {
    Map<String, Doc> byFile = new HashMap<>();
    docs.forEach(d -> byFile.put(d.page().file(), d));
    Map<String, Sketch> sketches = new HashMap<>();
    docs.forEach(d -> sketches.put(d.page().file(), detector.sketch(d.cleanedText())));
    Tally tally = new Tally(-1);
    for (Doc doc : docs) {
      Verdict v = verdicts.getOrDefault(doc.page().file(), Verdict.UNIQUE);
      Doc named = v.duplicateOf() == null ? null : byFile.get(v.duplicateOf());
      if (named == null) {
        continue;
      }
      String how = String.format(Locale.ROOT, "%s %s %.3f", v.kind(), v.measure(), v.similarity());
      if (doc.page().copyOf(named.page())) {
        tally.flaggedRight(v.measure() == null ? v.kind() : v.measure());
      } else {
        tally.flaggedWrong(describe(detector, named.page(), doc.page(), sketches.get(named.page().file()), sketches.get(doc.page().file()),
            NearDuplicateDetector.NONE_COMMON)
            + "; notice: " + how);
      }
    }
    for (int b = 0; b < docs.size(); b++) {
      for (int a = 0; a < b; a++) {
        Page pa = docs.get(a).page();
        Page pb = docs.get(b).page();
        if (!pa.copyOf(pb)) {
          continue;
        }
        tally.copyPair(false);
        if (canonical(pa.file(), verdicts).equals(canonical(pb.file(), verdicts))) {
          tally.found();
        } else {
          tally.missed(describe(detector, pa, pb, sketches.get(pa.file()), sketches.get(pb.file()), NearDuplicateDetector.NONE_COMMON)
              + ", canonicals " + canonical(pa.file(), verdicts) + " / " + canonical(pb.file(), verdicts));
        }
      }
    }
    return tally.score("pipeline", docs.size());
  }

  /** The figures one scoring gathers, as {@link Score} names them. */
  private static final class Tally {
    private int copyPairs;
    private int candidateCopyPairs;
    private int found;
    private int flagged;
    private int wrong;
    private final Map<String, Integer> foundBy = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseMatches = new ArrayList<>();

    /** @param candidateCopyPairs 0 to count candidates, -1 where they are not known */
    Tally(int candidateCopyPairs) {
      this.candidateCopyPairs = candidateCopyPairs;
    }

    void copyPair(boolean candidate) {
      copyPairs++;
      candidateCopyPairs += candidate ? 1 : 0;
    }

    void found() {
      found++;
    }

    void missed(String pair) {
      misses.add(pair);
    }

    void flaggedRight(String measure) {
      flagged++;
      foundBy.merge(measure, 1, Integer::sum);
    }

    void flaggedWrong(String pair) {
      flagged++;
      wrong++;
      falseMatches.add(pair);
    }

    Score score(String mode, int documents) {
      return new Score(mode, documents, copyPairs, candidateCopyPairs, found, flagged, wrong, foundBy, misses, falseMatches);
    }
  }

  /** The article a page ends on: the one its notices lead to, or itself. */
  private static String canonical(String file, Map<String, Verdict> verdicts) {
    String current = file;
    for (int hops = 0; hops <= verdicts.size(); hops++) {
      Verdict v = verdicts.get(current);
      if (v == null || v.duplicateOf() == null || v.duplicateOf().equals(current)) {
        return current;
      }
      current = v.duplicateOf();
    }
    return current; // a loop of notices: any member names the group
  }

  /**
   * A pair with its measures, common shingles left out as the verdict left them out: the matcher
   * knows the frequencies it judged with; the pipeline's are inside its partitions (none here).
   */
  private static String describe(NearDuplicateDetector detector, Page a, Page b, Sketch sa, Sketch sb, IntPredicate common) {
    return String.format(Locale.ROOT, "%s ~ %s (%s %s / %s %s): %s; shingles %d/%d, cores %d/%d",
        a.file(), b.file(), a.kind(), a.group(), b.kind(), b.group(), detector.measures(sa, sb, common),
        sa.shingles(), sb.shingles(), sa.coreShingles(), sb.coreShingles());
  }
}
