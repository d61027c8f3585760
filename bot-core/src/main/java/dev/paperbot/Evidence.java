package dev.paperbot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A sentence quoted verbatim from a paper's abstract that supports an answer, with the spans that
 * matched the question marked. Renderers decide how a mark looks (bold, underline…).
 *
 * @param paperId the arXiv id of the paper the sentence is quoted from
 * @param sentence the sentence, exactly as in the abstract
 * @param highlights character ranges of {@code sentence} that matched the question, sorted and not
 *     overlapping
 */
public record Evidence(String paperId, String sentence, List<Highlight> highlights) {

  /** A half-open character range {@code [start, end)} of the sentence. */
  public record Highlight(int start, int end) {
    public Highlight {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "highlight must be a non-empty range: " + start + ".." + end);
      }
    }
  }

  /** A piece of the sentence, marked or not; the pieces concatenate to the sentence. */
  public record Segment(String text, boolean marked) {}

  public Evidence {
    Objects.requireNonNull(paperId, "paperId");
    Objects.requireNonNull(sentence, "sentence");
    List<Highlight> sorted = new ArrayList<>(highlights);
    sorted.sort(Comparator.comparingInt(Highlight::start));
    List<Highlight> merged = new ArrayList<>();
    for (Highlight h : sorted) {
      if (h.end() > sentence.length()) {
        throw new IllegalArgumentException(
            "highlight " + h + " beyond sentence of " + sentence.length());
      }
      if (!merged.isEmpty() && merged.getLast().end() >= h.start()) {
        Highlight last = merged.removeLast();
        merged.add(new Highlight(last.start(), Math.max(last.end(), h.end())));
      } else {
        merged.add(h);
      }
    }
    highlights = List.copyOf(merged);
  }

  /** Evidence with nothing marked. */
  public static Evidence of(String paperId, String sentence) {
    return new Evidence(paperId, sentence, List.of());
  }

  /** The sentence cut into marked and unmarked pieces, in order, for renderers. */
  public List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (Highlight h : highlights) {
      if (h.start() > at) {
        out.add(new Segment(sentence.substring(at, h.start()), false));
      }
      out.add(new Segment(sentence.substring(h.start(), h.end()), true));
      at = h.end();
    }
    if (at < sentence.length()) {
      out.add(new Segment(sentence.substring(at), false));
    }
    return List.copyOf(out);
  }
}
