package dev.paperbot.retrieve;

import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The one retrieval stage: BM25 over abstract sentences, each sentence document also carrying its
 * paper's title (a sentence of "DeepSeek-Prover-V1.5" is about Prover 1.5 even when it does not say
 * so), then an idf-weighted coverage of the asked terms on the top k only. No stage after it scans
 * the corpus.
 *
 * <p>Ranking: Lucene's BM25 (k1 1.2, b 0.75) orders the candidates; the deciders read {@link
 * Candidate#coverage()} (how much of what was asked the sentence and its title hold, rare words
 * weighing more) because it is comparable across questions, where raw BM25 scores are not.
 */
public final class Retriever {

  /**
   * A sentence and how well it, with its paper's title, covers what was asked; {@code literal} is
   * the coverage by the asked words themselves, synonyms aside.
   */
  public record Candidate(
      Passage passage,
      float bm25,
      double coverage,
      double inSentence,
      Set<String> matched,
      double literal) {
    public Paper paper() {
      return passage.paper();
    }
  }

  private final PaperIndex index;
  // Short form term ("mla") -> its long form's terms, as the understand stage mined them.
  private final Map<String, List<String>> longForms;

  public Retriever(PaperIndex index, Map<String, List<String>> longForms) {
    this.index = index;
    this.longForms = Map.copyOf(longForms);
  }

  public PaperIndex index() {
    return index;
  }

  /**
   * The top {@code k} sentences for the asked terms, best coverage first, optionally within some
   * papers. Terms that are an acronym of the corpus also match its spelled-out form.
   */
  public List<Candidate> sentences(List<String> asked, Set<String> withinPapers, int k) {
    List<String> terms = asked.stream().distinct().toList();
    if (terms.isEmpty()) {
      return List.of();
    }
    Query key = new Query(terms, withinPapers == null ? Set.of() : Set.copyOf(withinPapers), k);
    Map<Query, List<Candidate>> memo = answering.get();
    List<Candidate> known = memo.get(key);
    if (known != null) {
      return known;
    }
    List<Candidate> found = List.copyOf(search(terms, withinPapers, k));
    memo.put(key, found);
    return found;
  }

  /** One retrieval as asked: the same query twice in one answer is searched once. */
  private record Query(List<String> terms, Set<String> within, int k) {}

  // Stages of one answer ask the same retrieval more than once (the paper a question describes,
  // then the answer on the same words); within an answer the result is kept, and it is forgotten
  // when the answer is done, so nothing is kept between questions.
  private final ThreadLocal<Map<Query, List<Candidate>>> answering =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /** Forgets the retrievals of the answer this thread was giving. */
  public void answerDone() {
    answering.get().clear();
  }

  private List<Candidate> search(List<String> terms, Set<String> withinPapers, int k) {
    Map<String, List<String>> expansions = expansions(terms);
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    Set<String> queried = new LinkedHashSet<>();
    for (String t : terms) {
      queried.add(t);
      for (String e : expansions.getOrDefault(t, List.of())) {
        queried.add(e);
      }
    }
    for (String t : queried) {
      if (index.paperFrequency(t) == 0) {
        // No sentence or title holds it: a clause could only cost (two term-dictionary seeks).
        continue;
      }
      float w = (float) Math.max(0.05, index.idf(t));
      should.add(
          new BoostQuery(new TermQuery(new Term(Fields.SENTENCE, t)), w),
          BooleanClause.Occur.SHOULD);
      should.add(
          new BoostQuery(new TermQuery(new Term(Fields.SENTENCE_TITLE, t)), w * Tuning.TITLE_BOOST),
          BooleanClause.Occur.SHOULD);
    }
    Map<String, Set<String>> synonyms = synonyms(terms);
    for (Map.Entry<String, Set<String>> e : synonyms.entrySet()) {
      float w = (float) (weight(e.getKey()) * Tuning.SYNONYM_CREDIT);
      for (String s : e.getValue()) {
        if (!queried.contains(s)) {
          should.add(
              new BoostQuery(new TermQuery(new Term(Fields.SENTENCE, s)), w),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(should.build(), BooleanClause.Occur.MUST);
    q.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SENTENCE)), BooleanClause.Occur.FILTER);
    if (withinPapers != null && !withinPapers.isEmpty()) {
      BooleanQuery.Builder ids = new BooleanQuery.Builder();
      for (String id : withinPapers) {
        ids.add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.SHOULD);
      }
      q.add(ids.build(), BooleanClause.Occur.FILTER);
    }
    double total = terms.stream().mapToDouble(this::weight).sum();
    List<Candidate> out = new ArrayList<>();
    try {
      IndexSearcher searcher = index.searcher();
      TopDocs top = searcher.search(q.build(), k);
      for (ScoreDoc sd : top.scoreDocs) {
        Passage p = index.passageAt(sd.doc);
        Set<String> title = index.titleTerms(p.paper());
        Set<String> matched = new LinkedHashSet<>();
        double covered = 0;
        double inSentence = 0;
        double literal = 0;
        for (String t : terms) {
          boolean inText = holds(p.terms(), t, expansions);
          if (inText || holds(title, t, expansions)) {
            matched.add(t);
            covered += weight(t);
            literal += weight(t);
            if (inText) {
              inSentence += weight(t);
            }
          } else if (saysOtherwise(p.terms(), synonyms.get(t))) {
            matched.add(t);
            covered += weight(t) * Tuning.SYNONYM_CREDIT;
            inSentence += weight(t) * Tuning.SYNONYM_CREDIT;
          }
        }
        out.add(
            new Candidate(
                p, sd.score, covered / total, inSentence / total, matched, literal / total));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("sentence retrieval failed", e);
    }
    out.sort(
        Comparator.comparingDouble(Candidate::coverage)
            .thenComparingDouble(Candidate::inSentence)
            .thenComparingDouble(Candidate::bm25)
            .reversed());
    return out;
  }

  /**
   * The best candidate of each paper with the coverage of its best {@link Tuning#POOLED_SENTENCES}
   * sentences together, best first: a description of a method may spread over two sentences ("a
   * custom allreduce" in one, "the PCIe A100 cluster" in the next). The passage stays the best
   * sentence, the one quoted.
   */
  public List<Candidate> pooledPerPaper(List<Candidate> candidates, List<String> asked) {
    List<String> terms = asked.stream().distinct().toList();
    double total = terms.stream().mapToDouble(this::weight).sum();
    Map<String, List<Candidate>> byPaper = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      List<Candidate> mine = byPaper.computeIfAbsent(c.paper().id(), k -> new ArrayList<>());
      // Only a neighbour of the best sentence continues its description; two distant sentences
      // sharing a word each with the question ("multiple", "future") describe nothing together.
      if (mine.isEmpty()
          || (mine.size() < Tuning.POOLED_SENTENCES
              && Math.abs(mine.get(0).passage().ord() - c.passage().ord()) == 1)) {
        mine.add(c);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (List<Candidate> mine : byPaper.values()) {
      Set<String> matched = new LinkedHashSet<>();
      mine.forEach(c -> matched.addAll(c.matched()));
      double covered = matched.stream().mapToDouble(this::weight).sum();
      Candidate best = mine.get(0);
      out.add(
          new Candidate(
              best.passage(),
              best.bm25(),
              total == 0 ? 0 : covered / total,
              best.inSentence(),
              matched,
              mine.stream().mapToDouble(Candidate::literal).max().orElse(0)));
    }
    out.sort(
        Comparator.comparingDouble(Candidate::coverage)
            .thenComparingDouble(Candidate::inSentence)
            .reversed());
    return out;
  }

  /** The best candidate of each paper, in the order of {@code candidates}. */
  public static List<Candidate> bestPerPaper(List<Candidate> candidates) {
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      best.putIfAbsent(c.paper().id(), c);
    }
    return List.copyOf(best.values());
  }

  /**
   * A term's weight in coverage: its idf, and for a word no paper uses the idf of a word one paper
   * uses. An unknown word ("ramen", "LoRA") is asked for and cannot be covered, so it must count;
   * but it counts no more than the rarest word the corpus has, or one typo would outweigh the rest.
   */
  public double weight(String term) {
    return weight(index, term);
  }

  /** {@link #weight(String)} for stages that hold only the index. */
  public static double weight(PaperIndex index, String term) {
    if (index.paperFrequency(term) == 0) {
      int n = index.corpus().papers().size();
      return Tuning.UNKNOWN_WORD_WEIGHT * Math.log(1 + (n - 1 + 0.5) / (1 + 0.5));
    }
    return index.idf(term);
  }

  /**
   * The asked term a sentence must hold to answer: the rarest one the corpus uses, when so few
   * papers use it that it names something ("MMLU", "AIME"). "V3's MMLU score" is not answered by a
   * V3 sentence without "MMLU", however much of the rest it covers. Callers pass name-like terms
   * only: a word of English ("find", "sizes") may be said otherwise and is left to coverage.
   */
  public static java.util.Optional<String> keyTerm(PaperIndex index, List<String> names) {
    return names.stream()
        .filter(Retriever::canName)
        .filter(t -> index.paperFrequency(t) > 0)
        .max(Comparator.comparingDouble(index::idf))
        .filter(t -> index.paperFrequency(t) <= Tuning.RARE_PAPERS);
  }

  /** False for a bare number ("5" of "explain like im 5") or a two-letter scrap ("im"). */
  public static boolean canName(String term) {
    return term.length() >= 3 && term.chars().anyMatch(Character::isLetter);
  }

  /**
   * An asked name that no abstract uses: letters and digits ("gsm8k", "h100"), or typed with
   * capitals ("MMMU"). It names a benchmark or a model the set never mentions, so no sentence can
   * state anything about it. A typo is not mistaken for one: such names are not words, and the
   * speller leaves them alone.
   */
  public static java.util.Optional<String> unknownName(
      PaperIndex index, List<String> names, Set<String> typedAsNames) {
    return names.stream()
        .filter(Retriever::canName)
        .filter(
            t ->
                typedAsNames.contains(t)
                    || (t.chars().anyMatch(Character::isDigit)
                        && t.chars().anyMatch(Character::isLetter)))
        .filter(t -> index.paperFrequency(t) == 0)
        .findFirst();
  }

  /** How much of the asked terms' weight a set of terms holds, from 0 to 1. */
  public static double coverage(PaperIndex index, Set<String> holds, List<String> asked) {
    double total = 0;
    double covered = 0;
    for (String t : new LinkedHashSet<>(asked)) {
      double w = weight(index, t);
      total += w;
      if (holds.contains(t)) {
        covered += w;
      } else if (saysOtherwise(holds, index.saidOtherwise(t))) {
        covered += w * Tuning.SYNONYM_CREDIT;
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /** True when the terms hold one of the corpus words an asked word may be said in. */
  private static boolean saysOtherwise(Set<String> terms, Set<String> otherwise) {
    if (otherwise == null) {
      return false;
    }
    for (String s : otherwise) {
      if (terms.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** For each asked term a synonym of a corpus word, those corpus words. */
  private Map<String, Set<String>> synonyms(List<String> terms) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String t : terms) {
      Set<String> s = index.saidOtherwise(t);
      if (!s.isEmpty()) {
        out.put(t, s);
      }
    }
    return out;
  }

  private static boolean holds(Set<String> terms, String t, Map<String, List<String>> expansions) {
    if (terms.contains(t)) {
      return true;
    }
    List<String> e = expansions.get(t);
    return e != null && !e.isEmpty() && terms.containsAll(e);
  }

  /** For each asked term that is a mined short form ("mla"), its long form's terms. */
  private Map<String, List<String>> expansions(List<String> terms) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String t : terms) {
      List<String> longForm = longForms.get(t);
      if (longForm != null && !longForm.isEmpty()) {
        out.put(t, longForm);
      }
    }
    return out;
  }

  /**
   * True when a single term can stand for a thing on its own: it holds a digit ("fp8", "minif2f")
   * or is a short form the corpus defines ("rlpaf"). A lone plain word ("title") matches some
   * sentence by chance.
   */
  public boolean nameLike(String term) {
    if (term.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    return longForms.containsKey(term);
  }

  /** Distinct papers among the candidates, best first. */
  public static List<Paper> papers(List<Candidate> candidates) {
    Set<Paper> seen = new LinkedHashSet<>();
    for (Candidate c : candidates) {
      seen.add(c.paper());
    }
    return List.copyOf(seen);
  }
}
