package dev.paperbot.understand;

import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Terms;
import dev.paperbot.retrieve.Tuning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names each paper goes by, mined from its own text, and the resolver that finds which papers a
 * question refers to.
 *
 * <p>Names: the title; its part before a colon ("DeepSeek-V2"); what the abstract presents ("We
 * present DeepSeek-V3", "we propose the DeepSeekMoE architecture"); appositives ("Engram, a
 * module"); "Faiss is a toolkit" when the word is in the title; acronyms the paper itself
 * introduces. A question refers to a paper when it holds most of one of its names, weighted by how
 * rare each word is: "v3" counts, "deepseek" (in nearly every paper) barely does, so "r1 paper"
 * finds DeepSeek-R1 and "coder v2" finds DeepSeek-Coder-V2, not DeepSeek-V2.
 */
public final class PaperNames {

  /** A paper a question refers to, how well, and which question terms named it. */
  public record Ref(
      Paper paper, double coverage, double weight, Set<String> matched, String name, int at) {}

  /** A name; a weak one (a lone title word) counts only in "the surgeon paper". */
  private record Name(Paper paper, String text, List<String> terms, boolean weak, Weights weights) {
    Name(Paper paper, String text, List<String> terms, boolean weak) {
      this(paper, text, terms, weak, null);
    }
  }

  /**
   * A name's distinct terms in order with their idf: resolve() weighs every name a question
   * reaches, and neither changes while the index is open.
   */
  private record Weights(String[] terms, double[] idf) {
    static Weights of(List<String> terms, PaperIndex index) {
      String[] distinct = new LinkedHashSet<>(terms).toArray(new String[0]);
      double[] idf = new double[distinct.length];
      for (int i = 0; i < distinct.length; i++) {
        idf[i] = index.idf(distinct[i]);
      }
      return new Weights(distinct, idf);
    }
  }

  private static final Pattern PRESENTS =
      Pattern.compile(
          "\\b(?i:we|this paper|this work)\\s+(?:\\w+ly\\s+)?(?i:present|introduce|propose|release|engineered|developed|build|built)s?d?\\s+(?:(?:the|a|an|our)\\s+)?((?:[A-Z0-9][\\w.+-]*|[a-z]+[A-Z][\\w.+-]*)(?:\\s+(?:[A-Z0-9][\\w.+-]*|[a-z]+[A-Z][\\w.+-]*)){0,3})");
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "\\b((?:[A-Z][\\w.+-]*|[a-z]+[A-Z][\\w.+-]*)(?:\\s+[A-Z][\\w.+-]*){0,2}), an? \\w+");
  private static final Pattern COPULA = Pattern.compile("^([A-Z][\\w.+-]*) is an? ");
  // Compiled once: String.matches compiled it again for every sentence of the corpus.
  private static final Pattern SAYS_WE = Pattern.compile("(?i).*\\bwe\\b.*");

  /** Index terms of words that name a paper as a document. */
  private static final Set<String> PAPER_WORDS =
      Set.of(
          "paper",
          "articl",
          "report",
          "studi",
          "preprint",
          "evalu",
          "eval",
          "论文",
          // "the surgery one", "the 'longtermism' one"
          java.util.Objects.requireNonNull(Terms.termOf("one")));

  private static final Pattern TITLE_HEAD = Pattern.compile("^([^:?]{2,}?)[:?]\\s");

  static final double MIN_COVERAGE = 0.5;
  static final double MIN_WEIGHT = 1.0;

  private final PaperIndex index;
  private final List<Name> names;

  private PaperNames(PaperIndex index, List<Name> names, Set<String> thingNames) {
    this.index = index;
    this.thingNames = Set.copyOf(thingNames);
    this.names =
        names.stream()
            .map(
                n ->
                    new Name(
                        n.paper(), n.text(), n.terms(), n.weak(), Weights.of(n.terms(), index)))
            .toList();
    Map<String, List<Name>> byTerm = new HashMap<>();
    for (Name n : this.names) {
      for (String t : new LinkedHashSet<>(n.terms())) {
        byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
      }
    }
    this.byTerm = byTerm;
    Map<String, List<Name>> byPaper = new HashMap<>();
    for (Name n : this.names) {
      byPaper.computeIfAbsent(n.paper().id(), k -> new ArrayList<>()).add(n);
    }
    this.byPaper = byPaper;
  }

  private final Map<String, List<Name>> byPaper;
  // Names that are also things a paper introduced ("MLA", "DeepSeek Sparse Attention").
  private final Set<String> thingNames;

  /**
   * True when the reference names the paper as a work ("DeepSeek-V2", its title), not by a thing it
   * introduced ("MLA"): papers that name it then speak of that work.
   */
  public boolean namesTheWork(Ref r) {
    return !thingNames.contains(r.name());
  }

  /**
   * Every name of a paper as a work ("DeepSeek-V3", "DeepSeek-V3 Technical Report"), not the things
   * it introduced: another abstract that says any of them speaks of that work.
   */
  public List<String> workNames(Paper p) {
    return byPaper.getOrDefault(p.id(), List.of()).stream()
        .map(Name::text)
        .filter(t -> !thingNames.contains(t))
        .distinct()
        .toList();
  }

  // Names by each of their terms: a question is matched against the names sharing a word with
  // it, not against every name of the corpus.
  private final Map<String, List<Name>> byTerm;

  public static PaperNames mine(PaperIndex index, Acronyms acronyms) {
    Map<String, Set<String>> byPaper = new LinkedHashMap<>();
    Set<String> weak = new HashSet<>();
    for (Paper p : index.corpus().papers()) {
      Set<String> n = byPaper.computeIfAbsent(p.id(), k -> new LinkedHashSet<>());
      n.add(p.title());
      // "DeepSeek-V2: A Strong…", "Can DeepSeek Reason Like a Surgeon? An Empirical…"
      java.util.regex.Matcher head = TITLE_HEAD.matcher(p.title());
      if (head.find()) {
        n.add(head.group(1).strip());
      }
      // The index has analysed the title already; only membership is asked of it.
      Set<String> titleWords = index.titleTerms(p);
      // A title word at most one other paper uses names the paper on its own: "the surgeon
      // paper", "the comparison study".
      for (Terms.Token t : Terms.tokens(p.title())) {
        if (t.term() != null && t.surface().length() >= 5 && index.paperFrequency(t.term()) <= 2) {
          String word = p.title().substring(t.start(), t.end());
          if (n.add(word)) {
            weak.add(p.id() + "\t" + word);
          }
        }
      }
      for (Passage s : index.passages(p.id())) {
        Matcher m = PRESENTS.matcher(s.text());
        while (m.find()) {
          n.add(trim(m.group(1)));
        }
        if (SAYS_WE.matcher(s.text()).matches()) {
          Matcher a = APPOSITIVE.matcher(s.text());
          while (a.find()) {
            n.add(trim(a.group(1)));
          }
        }
        Matcher c = COPULA.matcher(s.text());
        if (c.find() && titleWords.containsAll(Terms.terms(c.group(1)))) {
          n.add(trim(c.group(1)));
        }
      }
    }
    Set<String> thingNames = new HashSet<>();
    for (Acronyms.Acronym a : acronyms.all()) {
      Passage s = a.source();
      if (presentedByCue(s.text(), a)) {
        byPaper.get(s.paper().id()).add(a.shortForm());
        byPaper.get(s.paper().id()).add(a.longForm());
        thingNames.add(a.shortForm());
        thingNames.add(a.longForm());
      }
    }
    List<Name> names = new ArrayList<>();
    for (Paper p : index.corpus().papers()) {
      for (String text : byPaper.get(p.id())) {
        List<String> terms = Terms.terms(text);
        if (!terms.isEmpty()) {
          names.add(new Name(p, text, terms, weak.contains(p.id() + "\t" + text)));
        }
      }
    }
    return new PaperNames(index, names, thingNames);
  }

  /** True when a sentence presents the acronym itself: "We present NSA", "we propose X (Y)". */
  private static boolean presentedByCue(String sentence, Acronyms.Acronym a) {
    Matcher m = PRESENTS.matcher(sentence);
    while (m.find()) {
      String named = trim(m.group(1));
      if (named.equals(a.shortForm()) || named.equals(a.longForm())) {
        return true;
      }
    }
    return false;
  }

  private static String trim(String name) {
    return name.replaceAll("[.,;:)]+$", "").strip();
  }

  /** Index terms of a paper's strong names, without words most papers share ("deepseek"). */
  public Set<String> ownTerms(String paperId) {
    return ownTerms.computeIfAbsent(paperId, this::computeOwnTerms);
  }

  // Asked for every mention the stance rules read: computed once per paper.
  private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> ownTerms =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Set<String> computeOwnTerms(String paperId) {
    Set<String> out = new HashSet<>();
    for (Name n : byPaper.getOrDefault(paperId, List.of())) {
      // Short names only: a full title's words ("Evaluation") are not a name the abstract uses.
      if (n.paper().id().equals(paperId) && !n.weak() && !n.text().equals(n.paper().title())) {
        for (String t : n.terms()) {
          if (index.paperFrequency(t) * 2 < index.corpus().papers().size()) {
            out.add(t);
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The name as a whole word in a sentence: "DeepSeek-Prover-V2" does not say "DeepSeek-V2", nor
   * "DeepSeek-V3.2" "DeepSeek-V3".
   */
  public static java.util.regex.Pattern asWord(String name) {
    return java.util.regex.Pattern.compile(
        "(?i)(?<![\\w-])" + java.util.regex.Pattern.quote(name) + "(?![\\w-]|\\.\\d)");
  }

  /** Every name of a paper, for tests and the help text. */
  public List<String> namesOf(String paperId) {
    return names.stream().filter(n -> n.paper().id().equals(paperId)).map(Name::text).toList();
  }

  /**
   * The papers a question's terms refer to, best first. A paper whose matched terms are a subset of
   * a better paper's is dropped: "coder v2" names Coder-V2, not also V2.
   */
  public List<Ref> resolve(List<String> questionSequence) {
    Set<String> questionTerms = new HashSet<>(questionSequence);
    // Terms used as "the surgeon paper": followed by a word for a paper.
    Set<String> beforePaper = new HashSet<>();
    for (int i = 0; i + 1 < questionSequence.size(); i++) {
      if (PAPER_WORDS.contains(questionSequence.get(i + 1))) {
        beforePaper.add(questionSequence.get(i));
        // "the ophthalmology r1 paper"
        if (i > 0) {
          beforePaper.add(questionSequence.get(i - 1));
        }
      }
    }
    Map<String, Ref> best = new HashMap<>();
    // Names are reached through the question's distinctive words: a word most papers share
    // ("deepseek") names none of them on its own, and would make every name a candidate.
    int corpusSize = index.corpus().papers().size();
    // In the order the question's terms reach them, each once: two names of a paper may tie, and
    // an identity set's order (a hash of addresses) would pick a different one each run.
    Set<Name> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Name> candidates = new ArrayList<>();
    for (String t : new LinkedHashSet<>(questionSequence)) {
      if (corpusSize < 50 || index.paperFrequency(t) * 4 < corpusSize) {
        for (Name n : byTerm.getOrDefault(t, List.of())) {
          if (seen.add(n)) {
            candidates.add(n);
          }
        }
      }
    }
    for (Name n : candidates) {
      if (n.weak() && !beforePaper.containsAll(n.terms())) {
        continue;
      }
      double total = 0;
      double hit = 0;
      Set<String> matched = new LinkedHashSet<>();
      String[] terms = n.weights().terms();
      double[] idf = n.weights().idf();
      for (int k = 0; k < terms.length; k++) {
        double w = idf[k];
        total += w;
        if (questionTerms.contains(terms[k])) {
          hit += w;
          matched.add(terms[k]);
        }
      }
      if (total <= 0 || matched.isEmpty()) {
        continue;
      }
      if (!together(questionSequence, n.terms(), matched) && !closeBy(questionSequence, matched)) {
        // "deepseek v2 vs coder v2": the brand word stands elsewhere; the name is "coder v2".
        int papers = index.corpus().papers().size();
        for (String t : List.copyOf(matched)) {
          if (index.paperFrequency(t) * 2 >= papers) {
            matched.remove(t);
            hit -= index.idf(t);
          }
        }
        boolean distinctive = matched.stream().anyMatch(t -> index.paperFrequency(t) <= 3);
        // "how much did deepseek spend training v3": the brand word elsewhere takes nothing
        // from a name whose other words are all there and are a version ("v3"), as "training v3"
        // alone names V3; a plain word left ("which LLM did DeepSeek ...") names nothing.
        boolean whole =
            !distinctive
                && !matched.isEmpty()
                && matched.stream().allMatch(t -> t.chars().anyMatch(Character::isDigit))
                && n.terms().stream()
                    .filter(t -> index.paperFrequency(t) * 2 < papers)
                    .allMatch(matched::contains);
        if (!(distinctive || whole)
            || (!together(questionSequence, n.terms(), matched)
                && !closeBy(questionSequence, matched))) {
          continue;
        }
      }
      double coverage = hit / total;
      if (coverage < MIN_COVERAGE || hit < MIN_WEIGHT) {
        continue;
      }
      Ref ref =
          new Ref(n.paper(), coverage, hit, matched, n.text(), firstAt(questionSequence, matched));
      Ref prev = best.get(n.paper().id());
      if (prev == null || better(ref, prev)) {
        best.put(n.paper().id(), ref);
      }
    }
    List<Ref> refs = new ArrayList<>(best.values());
    refs.sort(
        (a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : a.paper().id().compareTo(b.paper().id()));
    List<Ref> kept = new ArrayList<>();
    for (Ref r : refs.subList(0, Math.min(refs.size(), dev.paperbot.retrieve.Tuning.MAX_REFS))) {
      boolean dominated = false;
      for (Ref k : kept) {
        if (k.matched().containsAll(r.matched())
            && (k.matched().size() > r.matched().size() || k.coverage() > r.coverage())
            && insideSpan(questionSequence, r.matched(), k.matched())) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        kept.add(r);
      }
    }
    return kept;
  }

  /** Where in the question the name first appears, so "compare A and B" keeps A first. */
  private static int firstAt(List<String> seq, Set<String> matched) {
    for (int i = 0; i < seq.size(); i++) {
      if (matched.contains(seq.get(i))) {
        return i;
      }
    }
    return seq.size();
  }

  /**
   * True when the matched words of a name stand together in the question: "which LLM did DeepSeek
   * underperform" does not name "DeepSeek LLM".
   */
  /**
   * True when the matched words stand close together in any order and one of them is rare: chat
   * reorders a title ("the v3 hardware insights paper" for "Insights into DeepSeek-V3 ...
   * Hardware"). Common words only count in the name's order ("which LLM did DeepSeek" is no
   * "DeepSeek LLM").
   */
  private boolean closeBy(List<String> seq, Set<String> matched) {
    if (matched.size() < 2
        || matched.stream().noneMatch(t -> index.paperFrequency(t) <= Tuning.RARE_PAPERS + 1)) {
      return false;
    }
    int first = Integer.MAX_VALUE;
    int last = -1;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < seq.size(); i++) {
      if (matched.contains(seq.get(i)) && seen.add(seq.get(i))) {
        first = Math.min(first, i);
        last = i;
      }
    }
    return seen.size() == matched.size() && last - first <= matched.size() + 1;
  }

  private static boolean together(List<String> seq, List<String> name, Set<String> matched) {
    if (matched.size() < 2) {
      return true;
    }
    List<String> order = name.stream().filter(matched::contains).distinct().toList();
    for (int start = 0; start < seq.size(); start++) {
      if (!seq.get(start).equals(order.get(0))) {
        continue;
      }
      int next = 1;
      for (int k = start + 1;
          k < seq.size() && k - start <= order.size() && next < order.size();
          k++) {
        if (seq.get(k).equals(order.get(next))) {
          next++;
        }
      }
      if (next == order.size()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when every occurrence of the inner terms lies in the tightest window holding the outer
   * terms: "coder v2" holds V2 inside Coder-V2, "Coder-V2 … from DeepSeek-V2" does not.
   */
  static boolean insideSpan(List<String> seq, Set<String> inner, Set<String> outer) {
    int bestStart = -1;
    int bestEnd = -1;
    for (int start = 0; start < seq.size(); start++) {
      Set<String> seen = new HashSet<>();
      for (int end = start; end < seq.size(); end++) {
        if (outer.contains(seq.get(end))) {
          seen.add(seq.get(end));
        }
        if (seen.size() == outer.size()) {
          if (bestStart < 0 || end - start < bestEnd - bestStart) {
            bestStart = start;
            bestEnd = end;
          }
          break;
        }
      }
    }
    if (bestStart < 0) {
      return true;
    }
    for (int i = 0; i < seq.size(); i++) {
      if (inner.contains(seq.get(i)) && (i < bestStart || i > bestEnd)) {
        return false;
      }
    }
    return true;
  }

  private static boolean better(Ref a, Ref b) {
    if (Math.abs(a.weight() - b.weight()) > 1e-9 && a.matched().size() != b.matched().size()) {
      return a.weight() > b.weight();
    }
    if (Math.abs(a.coverage() - b.coverage()) > 1e-9) {
      return a.coverage() > b.coverage();
    }
    return a.weight() > b.weight();
  }
}
