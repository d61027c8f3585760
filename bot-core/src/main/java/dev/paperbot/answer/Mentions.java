package dev.paperbot.answer;

import dev.paperbot.Paper;
import dev.paperbot.index.PaperIndex;
import dev.paperbot.index.PaperIndex.Passage;
import dev.paperbot.index.Terms;
import dev.paperbot.query.Acronyms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a thing is mentioned, and how: as the paper's own contribution ("we propose X", "innovative
 * architectures including X") or as something it builds on ("X, which were validated in",
 * "architectures like X", "exemplified by X"). Origin and definition questions stand on this.
 */
final class Mentions {

  /** How a passage speaks of the thing. */
  enum Stance {
    /** The sentence presents the thing as the paper's own contribution. */
    CONTRIBUTES,
    /** Just before the mention, words mark it as prior work: the paper did not introduce it. */
    PRIOR_WORK,
    /** The sentence reuses something from elsewhere; it neither proves nor rules out origin. */
    REUSES,
    NEUTRAL
  }

  /** One sentence that mentions the thing. */
  record Mention(Passage passage, List<String> variant, int position, Stance stance) {}

  // A first-person contribution anywhere in the sentence, or words that announce novelty.
  private static final Pattern CONTRIBUTION =
      Pattern.compile(
          "(?i)\\b(we|our|this paper|this work)\\b[^.;]*?\\b(propos|introduc|present|develop|design|engineer|build|built|creat|devis|pioneer|releas|construct|formulat)\\w*|\\b(pioneer|innovat|novel|first|incorporat|uncover)\\w*|\\bpioneers\\b");
  // Sentence-level signs that the thing comes from elsewhere.
  private static final Pattern REUSE =
      Pattern.compile(
          "(?i)\\b(validated in|leverag\\w*|building on|built on|based on|inherit\\w*|predecessor|pre-?trained on|initialized from|borrow\\w*)\\b");
  // Words just before a mention that mark it as prior work or a point of comparison.
  private static final Set<String> PRIOR_WORK =
      Set.of(
          "like",
          "such",
          "exemplified",
          "conventional",
          "existing",
          "traditional",
          "standard",
          "classic",
          "classical",
          "previous",
          "prior",
          "baseline",
          "baselines",
          "than",
          "over",
          "versus",
          "vs",
          "compared",
          "unlike",
          "beyond",
          "outperforms",
          "surpasses",
          "exceeds",
          "enhances",
          "ubiquitous",
          "popular",
          "established",
          "widely");
  private static final Set<String> NOVELTY =
      Set.of("innovations", "innovation", "innovative", "novel", "our", "new");
  private static final Pattern CONTRIBUTION_VERBS =
      Pattern.compile(
          "(propos|introduc|present|develop|design|engineer|build|built|creat|devis|pioneer|releas|construct|formulat|incorporat|uncover)\\w*");
  private static final int WINDOW = 5;
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "in", "on", "with", "using", "via", "from", "of", "by", "for", "to", "into", "across",
          "under");

  private final PaperIndex index;
  private final Acronyms acronyms;

  Mentions(PaperIndex index, Acronyms acronyms) {
    this.index = index;
    this.acronyms = acronyms;
  }

  /** The thing, plus its acronym or expansion when the corpus defines one. */
  List<List<String>> variants(List<String> thing) {
    Set<List<String>> out = new LinkedHashSet<>();
    out.add(thing);
    for (Acronyms.Acronym a : acronyms.matching(thing)) {
      out.add(List.of(a.shortTerm()));
      out.add(a.longTerms());
    }
    return new ArrayList<>(out);
  }

  /** Every mention of the thing, grouped by paper, papers oldest first. */
  Map<Paper, List<Mention>> find(List<String> thing) {
    Map<Paper, List<Mention>> byPaper = new LinkedHashMap<>();
    if (thing.isEmpty()) {
      return byPaper;
    }
    List<List<String>> variants = variants(thing);
    List<Paper> oldestFirst = new ArrayList<>(index.corpus().papers());
    oldestFirst.sort(Comparator.comparing(Paper::published).thenComparing(Paper::id));
    for (Paper paper : oldestFirst) {
      Set<String> titleTerms = new HashSet<>(Terms.terms(paper.title()));
      for (Passage p : index.passages(paper.id())) {
        Mention best = null;
        for (List<String> v : variants) {
          int pos = position(p, v, titleTerms);
          if (pos >= 0) {
            Mention m = new Mention(p, v, pos, stance(p, pos));
            // Wording that marks the thing as prior work decides; else a contribution does.
            if (best == null || rank(m.stance()) < rank(best.stance())) {
              best = m;
            }
          }
        }
        if (best != null) {
          byPaper.computeIfAbsent(paper, k -> new ArrayList<>()).add(best);
        }
      }
    }
    return byPaper;
  }

  /** True when the mention is followed by ", a" or ", an": it is being defined. */
  private static boolean appositive(Passage p, int pos) {
    List<Terms.Token> tokens = p.tokens();
    for (int i = pos; i < Math.min(tokens.size() - 1, pos + 4); i++) {
      Terms.Token t = tokens.get(i);
      String after = p.text().substring(t.end(), Math.min(p.text().length(), t.end() + 5));
      if (after.matches("^, an? .*")) {
        return true;
      }
      if (i + 1 < tokens.size()
          && !p.text().substring(t.end(), tokens.get(i + 1).start()).isBlank()
          && !p.text().substring(t.end(), tokens.get(i + 1).start()).equals("-")) {
        break;
      }
    }
    return false;
  }

  private static int rank(Stance s) {
    return switch (s) {
      case PRIOR_WORK -> 0;
      case CONTRIBUTES -> 1;
      case REUSES -> 2;
      case NEUTRAL -> 3;
    };
  }

  /** True when the sentence says what the thing is: "X is a", "X (Y) are the". */
  static boolean defines(Mention m) {
    List<Terms.Token> tokens = m.passage().tokens();
    for (int i = m.position() + 1; i < Math.min(tokens.size() - 1, m.position() + 5); i++) {
      String w = tokens.get(i).surface();
      String next = tokens.get(i + 1).surface();
      if ((w.equals("is") || w.equals("are"))
          && (next.equals("a") || next.equals("an") || next.equals("the"))) {
        return true;
      }
    }
    return false;
  }

  /** True when the title alone names the thing (the paper is about it). */
  boolean inTitle(Paper paper, List<List<String>> variants) {
    Set<String> titleTerms = new HashSet<>(Terms.terms(paper.title()));
    return variants.stream().anyMatch(titleTerms::containsAll);
  }

  /**
   * Token index where the passage mentions every term of the variant (the title may supply terms
   * the sentence leaves implicit), or -1.
   */
  private static int position(Passage p, List<String> variant, Set<String> titleTerms) {
    int first = -1;
    int inSentence = 0;
    for (String t : variant) {
      boolean here = p.terms().contains(t);
      if (!here && !titleTerms.contains(t)) {
        return -1;
      }
      if (here) {
        inSentence++;
      }
    }
    // The title may supply a term the sentence leaves implicit, but the sentence must carry
    // most of the thing: "standard attention" does not mention "Natively trainable Sparse
    // Attention" just because the title does.
    if (inSentence * 2 <= variant.size()) {
      return -1;
    }
    List<Terms.Token> tokens = p.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).term() != null && variant.contains(tokens.get(i).term())) {
        first = i;
        break;
      }
    }
    return first;
  }

  private static Stance stance(Passage p, int pos) {
    List<Terms.Token> tokens = p.tokens();
    // "We introduce X ... for theorem proving in Lean 4": a thing after a preposition is the
    // setting of the contribution, not the contribution, unless it is then defined ("via
    // Engram, a module").
    boolean setting =
        pos > 0 && PREPOSITIONS.contains(tokens.get(pos - 1).surface()) && !appositive(p, pos);
    // The nearest cue before the mention decides: "standard benchmarks, we introduce
    // ProverBench" introduces it; "conventional MoE architectures" builds on it.
    for (int i = pos - 1; i >= Math.max(0, pos - WINDOW); i--) {
      String w = tokens.get(i).surface();
      if (NOVELTY.contains(w) || CONTRIBUTION_VERBS.matcher(w).matches()) {
        return setting ? Stance.NEUTRAL : Stance.CONTRIBUTES;
      }
      if (PRIOR_WORK.contains(w)) {
        return Stance.PRIOR_WORK;
      }
    }
    if (REUSE.matcher(p.text()).find()) {
      return Stance.REUSES;
    }
    // "We introduce X ... for theorem proving in Lean 4": a thing after a preposition is the
    // setting of the contribution, not the contribution, unless it is then defined ("via
    // Engram, a module").
    if (setting) {
      return Stance.NEUTRAL;
    }
    if (CONTRIBUTION.matcher(p.text()).find()) {
      return Stance.CONTRIBUTES;
    }
    return Stance.NEUTRAL;
  }
}
