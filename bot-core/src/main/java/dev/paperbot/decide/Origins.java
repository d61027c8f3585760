package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Answer.Kind;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Tuning;
import dev.paperbot.understand.Interpretation;
import dev.paperbot.understand.PaperNames;
import dev.paperbot.understand.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Origin and definition questions. The paper that introduced a thing is the earliest paper that
 * mentions it, provided that paper presents it as its own contribution and nowhere marks it as
 * prior work. If the earliest mention only builds on the thing, no paper of the set introduced it:
 * it predates them all.
 */
final class Origins {
  private Origins() {}

  private static final Pattern DEFINING =
      Pattern.compile("(?i)\\b(is|are) (an?|the)\\b|, an? \\w+|\\(\\w+\\)|propos|introduc|present");

  static Answer origin(Interpretation q, Mentions mentions, PaperIndex index) {
    List<String> thing = q.thing();
    String label = label(q);
    Mentions.Found found = mentions.find(thing);
    if (found.isEmpty() && !q.refs().isEmpty() && q.rest().isEmpty()) {
      // "who built the Fire-Flyer cluster?": the thing is a paper's own subject.
      Paper p = q.refs().get(0).paper();
      return new Answer.Found(
          Kind.ORIGIN,
          Answerer.title(p) + " (" + Answerer.DAY.format(p.published()) + ") by " + p.authorLine(),
          List.of(Compare.lead(p, index)),
          List.of(p),
          0.7);
    }
    if (found.isEmpty()) {
      return new Answer.NotFound(
          "No paper in the set mentions " + label + ", so none of them introduced it.",
          "The set covers " + index.corpus().papers().size() + " papers; try `papers` to see them.",
          List.of());
    }
    List<Paper> firstTwo = found.papers(2);
    Paper earliest = firstTwo.get(0);
    List<Mentions.Mention> ms = found.in(earliest);
    Mentions.Mention best = contribution(earliest, ms, mentions, thing);
    // "DeepSeek-VL2-Tiny" is a variant of the paper the question names: that paper made it.
    // Only when the thing holds the paper's whole name and more, and nothing marks it as prior.
    boolean variantOfRef =
        q.refs().stream()
            .anyMatch(r -> r.paper().equals(earliest) && r.coverage() >= 1 && !q.rest().isEmpty());
    if (best == null
        && variantOfRef
        && ms.stream().noneMatch(m -> m.stance() == Mentions.Stance.PRIOR_WORK)) {
      best = ms.get(0);
    }
    if (best == null) {
      return new Answer.NotFound(
          "No paper in the set introduced "
              + label
              + ": the papers that mention it build on it or compare against it.",
          "",
          found.papers(Tuning.MENTIONED_IN_SHOWN));
    }
    List<String> highlight = highlightTerms(best, thing);
    return new Answer.Found(
        Kind.ORIGIN,
        Answerer.title(earliest)
            + " ("
            + Answerer.DAY.format(earliest.published())
            + ") introduced "
            + label
            + ".",
        List.of(Answerer.evidence(best.passage(), highlight)),
        List.of(earliest),
        firstTwo.size() == 1 ? 0.9 : 0.8);
  }

  /** The mention proving the paper contributes the thing, or null when it does not. */
  private static Mentions.Mention contribution(
      Paper paper, List<Mentions.Mention> ms, Mentions mentions, List<String> thing) {
    if (ms.stream().anyMatch(m -> m.stance() == Mentions.Stance.PRIOR_WORK)) {
      return null;
    }
    for (Mentions.Mention m : ms) {
      if (m.stance() == Mentions.Stance.CONTRIBUTES) {
        return m;
      }
    }
    if (mentions.inTitle(paper, mentions.variants(thing))) {
      return ms.get(0);
    }
    return null;
  }

  static Answer definition(
      Interpretation q, List<Paper> refs, Mentions mentions, PaperIndex index) {
    List<String> thing = q.thing();
    String label = label(q);
    Mentions.Found found = mentions.find(thing);
    Paper paper = null;
    if (!refs.isEmpty() && !found.in(refs.get(0)).isEmpty()) {
      paper = refs.get(0);
    } else if (!found.isEmpty()) {
      for (Map.Entry<Paper, List<Mentions.Mention>> e : found) {
        if (contribution(e.getKey(), e.getValue(), mentions, thing) != null) {
          paper = e.getKey();
          break;
        }
      }
      if (paper == null) {
        // Nobody in the set introduced it: only a sentence that says what it is will do.
        for (Map.Entry<Paper, List<Mentions.Mention>> e : found) {
          if (e.getValue().stream().anyMatch(Mentions::defines)) {
            paper = e.getKey();
            break;
          }
        }
      }
      Passage spelled = paper == null ? mentions.spelledOut(thing) : null;
      if (spelled != null) {
        return new Answer.Found(
            Kind.DEFINITION,
            capitalize(label) + ", as " + Answerer.title(spelled.paper()) + " spells it out:",
            List.of(Answerer.evidence(spelled, thing)),
            List.of(spelled.paper()),
            0.6);
      }
      if (paper == null) {
        return new Answer.NotFound(
            "No paper in the set explains " + label + "; the papers that mention it build on it.",
            "",
            found.papers(Tuning.MENTIONED_IN_SHOWN));
      }
    } else if (!refs.isEmpty()) {
      paper = refs.get(0);
    }
    if (paper == null) {
      return new Answer.NotFound(
          "The paper set does not explain " + label + ".",
          "I only know the "
              + index.corpus().papers().size()
              + " papers in the set; ask `help` for examples.",
          List.of());
    }
    List<Mentions.Mention> ms = found.in(paper);
    List<Evidence> evidence = new ArrayList<>();
    if (ms.isEmpty()) {
      evidence.add(Answerer.evidence(index.passages(paper.id()).get(0), thing));
    } else {
      // Scored once each: the score reads the sentence by regex, a comparator would read it
      // at every comparison.
      Map<Mentions.Mention, Integer> score = new java.util.IdentityHashMap<>();
      ms.forEach(m -> score.put(m, definingScore(m)));
      List<Mentions.Mention> ranked = new ArrayList<>(ms);
      ranked.sort(Comparator.comparingInt((Mentions.Mention m) -> score.get(m)).reversed());
      Mentions.Mention top = ranked.get(0);
      evidence.add(Answerer.evidence(top.passage(), highlightTerms(top, thing)));
      if (ranked.size() > 1 && score.get(ranked.get(1)) > 0) {
        Mentions.Mention next = ranked.get(1);
        evidence.add(Answerer.evidence(next.passage(), highlightTerms(next, thing)));
      }
    }
    return new Answer.Found(
        Kind.DEFINITION,
        capitalize(label) + ", as " + Answerer.title(paper) + " describes it:",
        evidence,
        List.of(paper),
        ms.isEmpty() ? 0.6 : 0.85);
  }

  private static int definingScore(Mentions.Mention m) {
    int score = 0;
    if (DEFINING.matcher(m.passage().text()).find()) {
      score += 2;
    }
    if (m.stance() == Mentions.Stance.CONTRIBUTES) {
      score += 2;
    }
    if (m.stance() == Mentions.Stance.PRIOR_WORK) {
      score -= 2;
    }
    return score * 100 - m.passage().ord();
  }

  private static List<String> highlightTerms(Mentions.Mention m, List<String> thing) {
    List<String> terms = new ArrayList<>(thing);
    terms.addAll(m.variant());
    return terms;
  }

  /** The thing as the user wrote it, for headlines. */
  static String label(Interpretation q) {
    String s = q.cleaned().replaceAll("[?!.。？！]+$", "").strip();
    return s.isEmpty() ? "that" : "\u201c" + stripFrame(q) + "\u201d";
  }

  /** The asked-about words as typed: from the first to the last word of the thing. */
  private static String stripFrame(Interpretation q) {
    String cleaned = q.cleaned();
    String lower = cleaned.toLowerCase(java.util.Locale.ROOT);
    int start = -1;
    int end = -1;
    for (dev.paperbot.retrieve.Terms.Token t : dev.paperbot.retrieve.Terms.tokens(lower)) {
      if (t.term() != null && q.thing().contains(t.term())) {
        start = start < 0 ? t.start() : start;
        end = t.end();
      }
    }
    String out =
        start < 0
            ? String.join(" ", q.thing())
            : cleaned.substring(start, Math.min(end, cleaned.length()));
    return dev.paperbot.understand.ChatText.cut(out, 80, "\u2026");
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  private static final java.util.regex.Pattern ORIGINAL =
      java.util.regex.Pattern.compile("\\b(original|originally|og)\\b|原始|最初");

  /**
   * "who wrote the original hyper-connections paper": the paper a name reaches (mHC, whose title
   * holds it) speaks of the thing only as earlier work, so the original is not in the set.
   */
  static java.util.Optional<Answer> originalElsewhere(
      Interpretation q, Mentions mentions, PaperIndex index) {
    if (q.refs().size() != 1 || q.has(Signal.ORIGIN) || !ORIGINAL.matcher(q.normalized()).find()) {
      return java.util.Optional.empty();
    }
    PaperNames.Ref ref = q.refs().get(0);
    List<String> name = List.copyOf(ref.matched());
    if (name.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<Mentions.Mention> said = mentions.find(name).in(ref.paper());
    // Its own contribution may carry the old name inside a new one ("Manifold-Constrained
    // Hyper-Connections"): a mention as earlier work is what tells.
    if (said.stream().noneMatch(m -> m.stance() == Mentions.Stance.PRIOR_WORK)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Answer.NotFound(
            "The set has no original paper of that: "
                + Answerer.title(ref.paper())
                + " cites it as earlier work.",
            "I only know the " + index.corpus().papers().size() + " papers in the set.",
            List.of(ref.paper())));
  }
}
