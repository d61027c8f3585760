package dev.paperbot.decide;

import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Terms;
import dev.paperbot.retrieve.Tuning;
import dev.paperbot.understand.Acronyms;
import java.util.ArrayList;
import java.util.Iterator;
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
  record Mention(
      Passage passage, List<String> variant, int position, Stance stance, boolean near) {}

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
          "widely",
          "recent",
          "recently",
          // "comparable performance with LLaMA2 7B": a baseline the paper measures against.
          "comparable",
          "comparably",
          "competitive",
          "rivals",
          "rivaling");
  private static final Set<String> NOVELTY =
      Set.of("innovations", "innovation", "innovative", "novel", "our", "new");
  private static final Pattern CONTRIBUTION_VERBS =
      Pattern.compile(
          "(propos|introduc|present|develop|design|engineer|build|built|creat|devis|pioneer|releas|construct|formulat|incorporat|uncover|deploy)\\w*");
  private static final int WINDOW = 8;
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]");
  // Comparisons bind to their own clause ("Compared to X, Y ..."); words that mark something as
  // existing ("a recent data set, MADStat") reach across an apposition.
  private static final Set<String> COMPARATIVE =
      Set.of(
          "compared",
          "than",
          "over",
          "versus",
          "vs",
          "unlike",
          "beyond",
          "outperforms",
          "surpasses",
          "exceeds",
          "like",
          "such",
          "comparable",
          "comparably",
          "competitive",
          "rivals",
          "rivaling");
  private static final Pattern CONTINUATION =
      Pattern.compile(
          "^(It|Its|This|These|They|Our|The (model|method|approach|framework|architecture|system))\\b");
  // Verbs of using something that exists: "we conduct SFT and DPO", "adopts MLA".
  private static final Pattern REUSE_VERBS =
      Pattern.compile(
          // "performs", not the noun "performance".
          "(conduct\\w*|perform(s|ed|ing)?|appl(y|ies|ied)|using|employ\\w*|adopt\\w*|leverag\\w*"
              + "|utili[sz]\\w*|rel(y|ies|ied))");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "in", "on", "with", "using", "via", "from", "of", "by", "for", "to", "into", "across",
          "under");

  private final PaperIndex index;
  private final Acronyms acronyms;
  // Index terms naming each paper itself, brand words aside: "NSA employs X" describes NSA.
  private final java.util.function.Function<String, Set<String>> ownNames;

  Mentions(
      PaperIndex index,
      Acronyms acronyms,
      java.util.function.Function<String, Set<String>> ownNames) {
    this.index = index;
    this.acronyms = acronyms;
    this.ownNames = ownNames;
  }

  /**
   * The thing, plus its acronym or expansion when the corpus defines one, and each name with the
   * versions the corpus glues to it ("llama" is also "LLaMA2").
   */
  List<List<String>> variants(List<String> thing) {
    Set<List<String>> out = new LinkedHashSet<>();
    out.add(thing);
    for (Acronyms.Acronym a : acronyms.touching(thing)) {
      boolean hasShort = thing.contains(a.shortTerm());
      boolean hasLong = !a.longTerms().isEmpty() && thing.containsAll(a.longTerms());
      if (hasShort && hasLong) {
        // "Multi-head Latent Attention (MLA)": either form alone is the same thing.
        out.add(without(thing, List.of(a.shortTerm())));
        out.add(without(thing, a.longTerms()));
      } else if (hasShort) {
        out.add(replace(thing, List.of(a.shortTerm()), a.longTerms()));
      } else if (hasLong) {
        out.add(replace(thing, a.longTerms(), List.of(a.shortTerm())));
      }
    }
    for (String t : thing) {
      for (String version : index.versionsOf(t)) {
        out.add(replace(thing, List.of(t), List.of(version)));
      }
    }
    out.removeIf(List::isEmpty);
    return new ArrayList<>(out);
  }

  private static List<String> without(List<String> thing, List<String> drop) {
    return thing.stream().filter(t -> !drop.contains(t)).toList();
  }

  /** The thing with one form swapped for the other, where the first form stood. */
  private static List<String> replace(List<String> thing, List<String> from, List<String> to) {
    List<String> out = new ArrayList<>();
    boolean done = false;
    for (String t : thing) {
      if (from.contains(t)) {
        if (!done) {
          out.addAll(to);
          done = true;
        }
      } else {
        out.add(t);
      }
    }
    return out.stream().distinct().toList();
  }

  /**
   * The mentions of one thing, paper by paper, oldest paper first. A paper's sentences are read
   * only when a decider gets that far: the earliest mention decides an origin, so in a large set
   * the thousands of later papers that use a thing cost a candidate lookup, not a reading.
   */
  final class Found implements Iterable<Map.Entry<Paper, List<Mention>>> {
    private final List<List<String>> variants;
    // Candidate sentences as PaperIndex.byAge keys: oldest paper first, a paper's sentences
    // together in index order.
    private final long[] keys;
    private final Map<Paper, List<Mention>> read = new java.util.HashMap<>();

    private Found(List<List<String>> variants, long[] keys) {
      this.variants = variants;
      this.keys = keys;
    }

    /** The paper's mentions of the thing; empty when it has none. */
    List<Mention> in(Paper paper) {
      List<Mention> known = read.get(paper);
      if (known != null) {
        return known;
      }
      int at = firstOf(index.dateRank(paper));
      return at < keys.length && PaperIndex.rankOf(keys[at]) == index.dateRank(paper)
          ? readAt(at)
          : List.of();
    }

    boolean isEmpty() {
      return !iterator().hasNext();
    }

    /** The first {@code limit} papers that mention the thing, oldest first. */
    List<Paper> papers(int limit) {
      List<Paper> out = new ArrayList<>();
      for (Iterator<Map.Entry<Paper, List<Mention>>> it = iterator();
          it.hasNext() && out.size() < limit; ) {
        out.add(it.next().getKey());
      }
      return out;
    }

    /** Papers that mention the thing with their mentions, oldest first, read as iterated. */
    @Override
    public Iterator<Map.Entry<Paper, List<Mention>>> iterator() {
      return new Iterator<>() {
        private int at;
        private Map.Entry<Paper, List<Mention>> next = advance();

        private Map.Entry<Paper, List<Mention>> advance() {
          while (at < keys.length) {
            int start = at;
            int rank = PaperIndex.rankOf(keys[start]);
            while (at < keys.length && PaperIndex.rankOf(keys[at]) == rank) {
              at++;
            }
            List<Mention> ms = readAt(start);
            if (!ms.isEmpty()) {
              return Map.entry(index.passageAt(PaperIndex.docOf(keys[start])).paper(), ms);
            }
          }
          return null;
        }

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Map.Entry<Paper, List<Mention>> next() {
          if (next == null) {
            throw new java.util.NoSuchElementException();
          }
          Map.Entry<Paper, List<Mention>> out = next;
          next = advance();
          return out;
        }
      };
    }

    /** The mentions of the paper whose candidate sentences start at key {@code start}. */
    private List<Mention> readAt(int start) {
      Paper paper = index.passageAt(PaperIndex.docOf(keys[start])).paper();
      return read.computeIfAbsent(
          paper,
          p -> {
            int rank = PaperIndex.rankOf(keys[start]);
            List<Passage> sentences = new ArrayList<>();
            for (int i = start; i < keys.length && PaperIndex.rankOf(keys[i]) == rank; i++) {
              sentences.add(index.passageAt(PaperIndex.docOf(keys[i])));
            }
            return mentionsIn(p, sentences, variants);
          });
    }

    /** The first key of the paper ranked {@code rank}, or where it would be. */
    private int firstOf(int rank) {
      int i = java.util.Arrays.binarySearch(keys, (long) rank << 32);
      return i >= 0 ? i : -i - 1;
    }
  }

  /** Every mention of the thing, by paper, papers oldest first; see {@link Found}. */
  Found find(List<String> thing) {
    if (thing.isEmpty()) {
      return new Found(List.of(), new long[0]);
    }
    List<List<String>> variants = variants(thing);
    // Only sentences that hold (or whose title holds) a word of some variant can mention it:
    // a name's mentions all hold its rarest word (read exhaustively: the earliest one decides); a
    // long description holds most of its words in one sentence, which BM25 ranks near the top.
    Set<String> anchors = new LinkedHashSet<>();
    java.util.BitSet docs = new java.util.BitSet();
    for (List<String> v : variants) {
      if (v.size() >= Tuning.LONG_THING) {
        for (int doc : index.bestDocsAmong(v, Tuning.DESCRIPTION_CANDIDATES)) {
          docs.set(doc);
        }
      } else {
        index.rarest(v).ifPresent(anchors::add);
      }
    }
    for (int doc : index.docsWithAny(anchors)) {
      docs.set(doc);
    }
    return new Found(variants, index.byAge(docs.stream().toArray()));
  }

  /** The paper's mentions among its candidate sentences: the best reading of each sentence. */
  private List<Mention> mentionsIn(
      Paper paper, List<Passage> sentences, List<List<String>> variants) {
    Set<String> titleTerms = index.titleTerms(paper);
    List<Mention> out = new ArrayList<>();
    for (Passage p : sentences) {
      Mention best = null;
      for (List<String> v : variants) {
        int pos = position(p, v, titleTerms, v == variants.get(0));
        if (pos >= 0) {
          Stance near = nearStance(p, pos, ownNames.apply(paper.id()));
          Mention m =
              new Mention(p, v, pos, near != null ? near : sentenceStance(p, pos), near != null);
          // Words right before a mention say more than the sentence around it; among equals,
          // prior work decides, then a contribution.
          if (best == null
              || (m.near() && !best.near())
              || (m.near() == best.near() && rank(m.stance()) < rank(best.stance()))) {
            best = m;
          }
        }
      }
      if (best != null) {
        out.add(best);
      }
    }
    return List.copyOf(out);
  }

  /**
   * How a retrieved sentence speaks of the asked thing: the stance at the rarest of the matched
   * terms, as for a mention found by name.
   */
  Stance stanceOf(Passage p, Set<String> matched) {
    int pos = -1;
    double best = -1;
    for (int i = 0; i < p.tokens().size(); i++) {
      String t = p.tokens().get(i).term();
      if (t != null && matched.contains(t) && index.idf(t) > best) {
        best = index.idf(t);
        pos = i;
      }
    }
    if (pos < 0) {
      return Stance.NEUTRAL;
    }
    Stance near = nearStance(p, pos, ownNames.apply(p.paper().id()));
    return near != null ? near : sentenceStance(p, pos);
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

  /**
   * The sentence spelling out an acronym ("reinforcement learning from proof assistant feedback
   * (RLPAF)") when exactly one paper does; null otherwise. A definition, even of something the
   * paper may not have introduced.
   */
  Passage spelledOut(List<String> thing) {
    List<Passage> sources =
        acronyms.matching(thing).stream().map(Acronyms.Acronym::source).toList();
    long papers = sources.stream().map(s -> s.paper().id()).distinct().count();
    return papers == 1 ? sources.get(0) : null;
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
    Set<String> titleTerms = index.titleTerms(paper);
    // A long expansion ("reinforcement learning from proof assistant feedback") may differ from
    // the title by a small word.
    return variants.stream()
        .anyMatch(
            v ->
                titleTerms.containsAll(v)
                    || (v.size() >= 4
                        && v.stream().filter(titleTerms::contains).count() * 4 >= v.size() * 3));
  }

  /**
   * Token index where the passage mentions every term of the variant (the title may supply terms
   * the sentence leaves implicit), or -1.
   */
  private int position(Passage p, List<String> variant, Set<String> titleTerms, boolean asked) {
    boolean description = asked && variant.size() >= Tuning.LONG_THING;
    double total = 0;
    double covered = 0;
    int inSentence = 0;
    int missing = 0;
    int counted = 0;
    String anchor = null;
    for (String t : variant) {
      // A long description may hold chat words no abstract uses ("puts", "thingy"); they
      // cannot be found anywhere, so they neither count for nor against a sentence.
      if (description && index.paperFrequency(t) == 0) {
        continue;
      }
      counted++;
      double w = index.idf(t);
      total += w;
      if (p.terms().contains(t)) {
        inSentence++;
        covered += w;
        if (anchor == null || w > index.idf(anchor)) {
          anchor = t;
        }
      } else if (titleTerms.contains(t)) {
        covered += w;
      } else {
        missing++;
      }
    }
    // A short thing must be there word for word; a long description ("isolating some experts
    // as shared experts in an MoE layer") needs most of its weight. Only the words the user
    // typed get that leeway, not an acronym's expansion of them.
    if (description ? counted < 3 || covered < total / 2 : missing > 0) {
      return -1;
    }
    // The title may supply a term the sentence leaves implicit, but the sentence must carry
    // most of the thing: "standard attention" does not mention "Natively trainable Sparse
    // Attention" just because the title does.
    if (inSentence * 2 <= counted) {
      return -1;
    }
    // The stance is read around the thing's most specific word (in "outperforms traditional
    // Q3_K_M", Q3_K_M, not the sentence's own "quantization"), at its occurrence closest to the
    // thing's other words ("Compared to DeepSeek-Coder-33B, DeepSeek-Coder-V2 ...").
    List<Terms.Token> tokens = p.tokens();
    int best = -1;
    int bestSpan = Integer.MAX_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      if (anchor.equals(tokens.get(i).term())) {
        int span = span(tokens, i, variant);
        if (span < bestSpan) {
          best = i;
          bestSpan = span;
        }
      }
    }
    return best;
  }

  /** How far the thing's other words in the sentence lie from the anchor at {@code at}. */
  private static int span(List<Terms.Token> tokens, int at, List<String> variant) {
    int total = 0;
    for (String t : variant) {
      int nearest = Integer.MAX_VALUE;
      for (int i = 0; i < tokens.size(); i++) {
        if (t.equals(tokens.get(i).term())) {
          nearest = Math.min(nearest, Math.abs(i - at));
        }
      }
      if (nearest != Integer.MAX_VALUE) {
        total += nearest;
      }
    }
    return total;
  }

  /** The stance the nearest cue before the mention gives, or null when none is near. */
  private Stance nearStance(Passage p, int pos, Set<String> own) {
    List<Terms.Token> tokens = p.tokens();
    // The nearest cue before the mention decides: "standard benchmarks, we introduce
    // ProverBench" introduces it; "conventional MoE architectures" builds on it; "we conduct
    // supervised fine-tuning and Direct Preference Optimization" uses it.
    boolean sameClause = true;
    for (int i = pos - 1; i >= Math.max(0, pos - WINDOW); i--) {
      // "Compared to DeepSeek-Coder-33B, DeepSeek-Coder-V2 demonstrates": a comparison binds to
      // its own clause; a contribution ("we introduce ..., X") may reach across.
      sameClause &=
          !CLAUSE_BREAK
              .matcher(p.text().substring(tokens.get(i).end(), tokens.get(i + 1).start()))
              .find();
      String w = tokens.get(i).surface();
      if (NOVELTY.contains(w) || CONTRIBUTION_VERBS.matcher(w).matches()) {
        return setting(p, pos) ? Stance.NEUTRAL : Stance.CONTRIBUTES;
      }
      if (PRIOR_WORK.contains(w)
          && (sameClause || (!COMPARATIVE.contains(w) && !introductory(p, i)))) {
        return Stance.PRIOR_WORK;
      }
      if (REUSE_VERBS.matcher(w).matches()) {
        // A stop word before the verb has no term (and an immutable set refuses null).
        String subject = i > 0 ? tokens.get(i - 1).term() : null;
        boolean ownSubject = subject != null && own.contains(subject);
        // "DeepSeek-V3 adopts MLA ..., which were validated in DeepSeek-V2" adopts another's.
        return ownSubject && (sentenceCues(p) & REUSE_CUE) == 0
            ? Stance.CONTRIBUTES
            : Stance.REUSES;
      }
    }
    return null;
  }

  /**
   * True when the clause holding token {@code i} opens with a preposition: "In standard benchmark
   * evaluations, X achieves" sets a scene; "a recent data set, MADStat" names one.
   */
  private static boolean introductory(Passage p, int i) {
    List<Terms.Token> tokens = p.tokens();
    int start = i;
    while (start > 0
        && !CLAUSE_BREAK
            .matcher(p.text().substring(tokens.get(start - 1).end(), tokens.get(start).start()))
            .find()) {
      start--;
    }
    return PREPOSITIONS.contains(tokens.get(start).surface())
        || COMPARATIVE.contains(tokens.get(start).surface());
  }

  /** The stance the sentence as a whole gives when no cue stands near the mention. */
  private Stance sentenceStance(Passage p, int pos) {
    int cues = sentenceCues(p);
    if ((cues & REUSE_CUE) != 0) {
      return Stance.REUSES;
    }
    if (setting(p, pos)) {
      return Stance.NEUTRAL;
    }
    if ((cues & CONTRIBUTION_CUE) != 0) {
      return Stance.CONTRIBUTES;
    }
    // "we propose the DeepSeekMoE architecture. It involves ... isolating experts as shared
    // ones": a sentence that goes on about what was just proposed carries the contribution.
    if (p.ord() > 0 && (cues & CONTINUATION_CUE) != 0) {
      Passage previous = index.passages(p.paper().id()).get(p.ord() - 1);
      if ((sentenceCues(previous) & CONTRIBUTION_CUE) != 0) {
        return Stance.CONTRIBUTES;
      }
    }
    return Stance.NEUTRAL;
  }

  private static final int REUSE_CUE = 1;
  private static final int CONTRIBUTION_CUE = 2;
  private static final int CONTINUATION_CUE = 4;

  /** Sentences whose cues are read; past this many the memo starts over. */
  private static final int SENTENCE_CUES_LIMIT = 100_000;

  // The sentence-level cues are properties of the sentence, read by regex: a sentence that many
  // questions find is read once, not once per question and mention.
  private final Map<Passage, Integer> sentenceCues = new java.util.concurrent.ConcurrentHashMap<>();

  private int sentenceCues(Passage p) {
    Integer known = sentenceCues.get(p);
    if (known != null) {
      return known;
    }
    int cues =
        (REUSE.matcher(p.text()).find() ? REUSE_CUE : 0)
            | (CONTRIBUTION.matcher(p.text()).find() ? CONTRIBUTION_CUE : 0)
            | (CONTINUATION.matcher(p.text()).find() ? CONTINUATION_CUE : 0);
    if (sentenceCues.size() >= SENTENCE_CUES_LIMIT) {
      sentenceCues.clear();
    }
    sentenceCues.put(p, cues);
    return cues;
  }

  /**
   * "We introduce X ... for theorem proving in Lean 4": a thing right after a preposition is the
   * setting of a contribution, not the contribution, unless it is then defined ("via Engram, a
   * module").
   */
  private static boolean setting(Passage p, int pos) {
    List<Terms.Token> tokens = p.tokens();
    return pos > 0 && PREPOSITIONS.contains(tokens.get(pos - 1).surface()) && !appositive(p, pos);
  }
}
