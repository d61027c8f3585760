package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Answer.Kind;
import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Hit;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Retriever;
import dev.paperbot.retrieve.Tuning;
import dev.paperbot.understand.Interpretation;
import dev.paperbot.understand.PaperNames;
import dev.paperbot.understand.Signal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Questions about a detail: the sentence of the abstract that states it, quoted. */
final class Facts {
  private Facts() {}

  /**
   * Scores closer than this are equal, and the earlier sentence wins. Sums over a set come out in
   * an order that varies by run (immutable sets are salted), and one ulp must not flip an answer.
   */
  static final double SAME = 1e-9;

  // A stated quantity, not a digit inside a model name such as "DeepSeek-V3".
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])\\d");

  /** True when the sentence states a quantity, not only a digit inside a name ("DeepSeek-V3"). */
  static boolean statesANumber(Passage p) {
    return NUMBER.matcher(p.text()).find();
  }

  /** The sentence of one paper's abstract that best states what the question asks. */
  static Answer fact(Paper paper, List<String> asked, Interpretation q, PaperIndex index) {
    return fact(paper, asked, q, index, Set.of());
  }

  /**
   * {@link #fact}, where {@code measures} are the words that asked what kind of amount ("accuracy"
   * of "what accuracy did R1 get"): a sentence stating a number beside one of them states that
   * amount.
   */
  static Answer fact(
      Paper paper, List<String> asked, Interpretation q, PaperIndex index, Set<String> measures) {
    // Words of the paper's title name the paper ("the robotic surgery paper"); the rest of the
    // question is what to find in it.
    Set<String> title = index.titleTerms(paper);
    // "the eye doctor exam" names "... Ophthalmology Reasoning" in other words.
    List<String> narrowed =
        asked.stream()
            .filter(t -> !title.contains(t))
            .filter(t -> index.saidOtherwise(t).stream().noneMatch(title::contains))
            .toList();
    List<String> rest = new java.util.ArrayList<>(narrowed.isEmpty() ? asked : narrowed);
    // "how many questions": what is counted is asked, even when it is a word chat also uses.
    q.counted().filter(c -> !rest.contains(c)).ifPresent(rest::add);
    Set<String> named = new java.util.HashSet<>();
    q.refs().stream().filter(r -> r.paper().equals(paper)).forEach(r -> named.addAll(r.matched()));
    Passage best = null;
    double bestScore = 0;
    java.util.Map<String, Set<String>> otherwise = otherwiseOf(rest, index);
    for (Passage p : index.passages(paper.id())) {
      // An amount is stated with a number: the sentence that says it is among those with one.
      if (q.has(Signal.AMOUNT) && !statesANumberNotAsked(p, q)) {
        continue;
      }
      double score = score(p, rest, Set.of(), q, index, measures, otherwise);
      // A sentence that names what the question named ("ProverBench") is about it.
      for (String t : named) {
        if (score > 0 && p.terms().contains(t)) {
          score += 0.1 * index.idf(t);
        }
      }
      if (score > bestScore + SAME) {
        best = p;
        bestScore = score;
      }
    }
    double wanted = rest.stream().mapToDouble(t -> index.idf(t) + 0.1).sum();
    boolean uncounted =
        q.counted().isPresent()
            && index.passages(paper.id()).stream().noneMatch(p -> counts(p, q.counted().get()));
    // The sentence must hold most of what was asked, unknown words included: "learning rate and
    // batch size" is not answered by the sentence about pre-training tokens.
    java.util.Optional<String> key = Retriever.keyTerm(index, FromRetrieval.named(q, rest));
    boolean unknownName =
        Retriever.unknownName(index, FromRetrieval.named(q, rest), q.typedNames()).isPresent();
    boolean holds =
        !unknownName
            && best != null
            && Retriever.coverage(index, best.terms(), rest) >= Tuning.FACT_COVERAGE
            && key.map(best.terms()::contains).orElse(true)
            && (!q.has(Signal.AMOUNT) || statesANumberNotAsked(best, q));
    // "How many GPUs" is not answered by a sentence counting GPU hours, nor "how many dollars"
    // by one about training tokens: only another paper's sentence that counts them can answer.
    if (best != null && (!holds || uncounted)) {
      best = null;
      bestScore = 0;
    }
    if ((bestScore < wanted / 2 || uncounted) && !unknownName) {
      // The named paper's abstract does not hold it; another paper may say it about that one
      // ("DeepSeek-R1 demonstrated the highest overall accuracy" is in an evaluation paper).
      Passage other = aboutPaper(paper, rest, q, index, bestScore, measures);
      if (other != null) {
        return new Answer.Found(
            Kind.FACT,
            "From " + Answerer.title(other.paper()) + ", about " + Compare.shortName(paper) + ":",
            List.of(Answerer.evidence(other, rest)),
            List.of(other.paper(), paper),
            0.6);
      }
    }
    if (best == null) {
      return new Answer.NotFound(
          "The abstract of " + Answerer.title(paper) + " does not say.",
          "I only read abstracts; the full paper may: " + paper.arxivUrl(),
          List.of());
    }
    return new Answer.Found(
        Kind.FACT,
        "From " + Answerer.title(paper) + ":",
        List.of(Answerer.evidence(best, rest)),
        List.of(paper),
        Math.min(0.95, 0.5 + bestScore / 10));
  }

  /**
   * How well a sentence states what was asked: the rarity of each asked word it holds (words in
   * {@code ignored} aside), and a stated quantity when the question asks for one.
   */
  private static double score(
      Passage p,
      List<String> asked,
      Set<String> ignored,
      Interpretation q,
      PaperIndex index,
      Set<String> measures,
      java.util.Map<String, Set<String>> otherwise) {
    double score = 0;
    for (String t : asked) {
      if (ignored.contains(t)) {
        continue;
      }
      if (p.terms().contains(t)) {
        score += index.idf(t) + 0.1;
      } else if (otherwise.getOrDefault(t, Set.of()).stream().anyMatch(p.terms()::contains)) {
        // "which model beat deepseek" is answered by "DeepSeek outperforms ...", as coverage
        // already counts it.
        score += (index.idf(t) + 0.1) * Tuning.SYNONYM_CREDIT;
      }
    }
    if (score > 0 && q.has(Signal.QUANTITY) && statesANumber(p)) {
      score += 0.5;
    }
    if (score > 0 && asksForNames(q, asked) && namesSomethingNotAsked(p, q, index)) {
      score += 0.5;
    }
    if (score > 0 && statesANumber(p) && measures.stream().anyMatch(m -> measured(p, m))) {
      score += 1.0;
    }
    if (score > 0 && q.counted().isPresent() && counts(p, q.counted().get())) {
      score += 1.0;
    }
    return score;
  }

  /** The corpus words each asked word may be said in, read once per answer, not per sentence. */
  private static java.util.Map<String, Set<String>> otherwiseOf(
      List<String> asked, PaperIndex index) {
    java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
    for (String t : asked) {
      out.computeIfAbsent(t, index::saidOtherwise);
    }
    return out;
  }

  /**
   * True when the sentence names the measure, or a word it derives ("how accurate" is the
   * sentence's "accuracy": a stem of five letters at least starting the word).
   */
  private static boolean measured(Passage p, String measure) {
    if (p.terms().contains(measure)) {
      return true;
    }
    return measure.length() >= 5 && p.terms().stream().anyMatch(t -> t.startsWith(measure));
  }

  // "which datasets ...", "what benchmarks ...": the answer is the names of some things.
  private static final Pattern WHICH_NOUN = Pattern.compile("\\b(which|what) ([a-z][\\w-]*)\\b");

  /** True when the question asks which things of a kind it names, a kind it still asks about. */
  static boolean asksForNames(Interpretation q, List<String> asked) {
    java.util.regex.Matcher m = WHICH_NOUN.matcher(q.normalized());
    while (m.find()) {
      // A plural asks for several ("which datasets"); "what accuracy" asks a number.
      String t = dev.paperbot.retrieve.Terms.termOf(m.group(2));
      if (m.group(2).endsWith("s") && t != null && asked.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the sentence names something the question did not: a word typed with a capital inside
   * it or with letters and digits ("EndoVis18", "CholecT50"), or capitalised mid-sentence
   * ("Claude").
   */
  static boolean namesSomethingNotAsked(Passage p, Interpretation q, PaperIndex index) {
    for (dev.paperbot.retrieve.Terms.Token t : p.tokens()) {
      String w = t.surface();
      boolean name =
          (t.start() > 0 && Character.isUpperCase(w.charAt(0)))
              || w.chars().skip(1).anyMatch(Character::isUpperCase)
              || (w.chars().anyMatch(Character::isDigit)
                  && w.chars().anyMatch(Character::isLetter));
      // A name many papers use ("V3") is a model of the family, not what this paper lists.
      if (name
          && t.term() != null
          && !q.terms().contains(t.term())
          && index.paperFrequency(t.term()) <= Tuning.RARE_PAPERS) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the sentence states a number the question did not bring: "how many times faster at
   * 64k" is not answered by "speedups on 64k-length sequences".
   */
  static boolean statesANumberNotAsked(Passage p, Interpretation q) {
    for (dev.paperbot.retrieve.Terms.Token t : p.tokens()) {
      boolean number =
          Character.isDigit(t.surface().charAt(0))
              && (t.start() == 0 || !isNumberJoiner(p.text().charAt(t.start() - 1)));
      if (number && (t.term() == null || !q.terms().contains(t.term()))) {
        return true;
      }
    }
    return false;
  }

  /** A character that makes a following digit part of a name or a decimal ("V3", "1.5"). */
  private static boolean isNumberJoiner(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }

  /** True when a stated number counts the thing: "10,000 PCIe A100 GPUs" counts GPUs. */
  static boolean counts(Passage p, String counted) {
    List<dev.paperbot.retrieve.Terms.Token> tokens = p.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!Character.isDigit(tokens.get(i).surface().charAt(0))) {
        continue;
      }
      for (int j = i + 1; j < Math.min(tokens.size(), i + 7); j++) {
        // "2,048 NVIDIA H800 GPUs" counts H800s: a model name may take its kind after it, as long
        // as the noun ends there ("H800 GPU hours" counts hours).
        boolean named = counted.chars().anyMatch(Character::isDigit);
        if (counted.equals(tokens.get(j).term())
            && (isHead(p, j) || (named && j + 1 < tokens.size() && isHead(p, j + 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True unless the next word continues the noun: "GPU hours" counts hours, not GPUs. */
  private static boolean isHead(Passage p, int j) {
    List<dev.paperbot.retrieve.Terms.Token> tokens = p.tokens();
    if (j + 1 >= tokens.size()) {
      return true;
    }
    String gap = p.text().substring(tokens.get(j).end(), tokens.get(j + 1).start());
    return !gap.isBlank() || tokens.get(j + 1).term() == null;
  }

  /** A sentence of another paper naming this one and holding more of the asked-for terms. */
  private static Passage aboutPaper(
      Paper paper,
      List<String> rest,
      Interpretation q,
      PaperIndex index,
      double toBeat,
      Set<String> measures) {
    java.util.Optional<PaperNames.Ref> ref =
        q.refs().stream().filter(r -> r.paper().equals(paper)).findFirst();
    if (ref.isEmpty()) {
      return null;
    }
    Pattern name = PaperNames.asWord(ref.get().name());
    // The sentence must say the name, so it holds the name's rarest word: Lucene joins that with
    // the asked words, where reading every sentence holding an asked word would scan the set.
    java.util.Optional<String> rarest =
        index.rarest(dev.paperbot.retrieve.Terms.terms(ref.get().name()));
    Passage best = null;
    double bestScore = toBeat;
    java.util.Optional<String> key = Retriever.keyTerm(index, FromRetrieval.named(q, rest));
    // Only a sentence holding an asked word can score.
    List<Passage> candidates =
        rarest.isPresent() ? index.passagesWith(rarest.get(), rest) : index.passagesWithAny(rest);
    java.util.Map<String, Set<String>> otherwise = otherwiseOf(rest, index);
    for (Passage p : candidates) {
      // "DeepSeek-Prover-V2" is not "DeepSeek-V2", nor "DeepSeek-V3.2" "DeepSeek-V3": the other
      // paper's sentence must say the name itself, and be about it: "DeepSeek-V3, trained on 2,048
      // H800 GPUs"
      // in a paper that also mentions R1 says nothing of R1's GPUs.
      if (p.paper().equals(paper) || !name.matcher(p.text()).find()) {
        continue;
      }
      // That paper's own title words say which paper, not which of its sentences.
      Set<String> title = index.titleTerms(p.paper());
      double score = score(p, rest, title, q, index, measures, otherwise);
      if (score > bestScore + SAME
          && Retriever.coverage(index, p.terms(), rest) >= Tuning.SECOND_HAND_COVERAGE
          && key.map(p.terms()::contains).orElse(true)) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * For a long description ("datasets used to evaluate DeepSeek in robotic-assisted surgery"): the
   * one sentence that, with its paper's title, carries three quarters of the question's weight and
   * most of its words; null when none does, or when two papers tie.
   */
  private static Passage describedBy(List<String> thing, PaperIndex index) {
    if (thing.size() < 4) {
      return null;
    }
    double total = thing.stream().mapToDouble(index::idf).sum();
    Passage best = null;
    double bestCoverage = 0;
    boolean tie = false;
    // The sentences that hold three quarters of a long description rank near BM25's top.
    List<Passage> candidates = index.bestFor(thing, Tuning.DESCRIPTION_CANDIDATES);
    for (Passage p : candidates) {
      Set<String> title = index.titleTerms(p.paper());
      double covered = 0;
      int inSentence = 0;
      for (String t : thing) {
        if (p.terms().contains(t)) {
          covered += index.idf(t);
          inSentence++;
        } else if (title.contains(t)) {
          covered += index.idf(t);
        }
      }
      double coverage = covered / total;
      if (inSentence < 2 || coverage < 0.75) {
        continue;
      }
      if (coverage > bestCoverage + 1e-9) {
        tie = best != null && !best.paper().equals(p.paper()) && bestCoverage > coverage - 0.05;
        best = p;
        bestCoverage = coverage;
      } else if (coverage > bestCoverage - 0.05
          && best != null
          && !best.paper().equals(p.paper())) {
        tie = true;
      }
    }
    return tie ? null : best != null ? best : describedPaper(thing, index, candidates);
  }

  /**
   * The one paper whose title and abstract together carry nearly all of a long description,
   * answered with its sentence holding most of it; null when none or several do.
   */
  private static Passage describedPaper(
      List<String> thing, PaperIndex index, List<Passage> candidates) {
    double total = thing.stream().mapToDouble(index::idf).sum();
    Passage best = null;
    int papers = 0;
    Set<Paper> holding = new java.util.LinkedHashSet<>();
    candidates.forEach(c -> holding.add(c.paper()));
    for (Paper paper : holding) {
      Set<String> all = new java.util.HashSet<>(index.titleTerms(paper));
      index.passages(paper.id()).forEach(p -> all.addAll(p.terms()));
      double covered = thing.stream().filter(all::contains).mapToDouble(index::idf).sum();
      if (covered < 0.85 * total) {
        continue;
      }
      papers++;
      best =
          index.passages(paper.id()).stream()
              .max(
                  java.util.Comparator.comparingDouble(
                      p ->
                          thing.stream().filter(p.terms()::contains).mapToDouble(index::idf).sum()))
              .orElse(null);
    }
    return papers == 1 ? best : null;
  }

  /** True when the terms occur near each other: "GPT-4" is not "4 popular LLMs: ..., GPT". */
  private static boolean close(Passage p, List<String> thing) {
    int first = Integer.MAX_VALUE;
    int last = -1;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < p.tokens().size(); i++) {
      String t = p.tokens().get(i).term();
      if (t != null && thing.contains(t) && seen.add(t)) {
        first = Math.min(first, i);
        last = i;
      }
    }
    // Long questions spread their words over the sentence; only short ones must be a phrase.
    return thing.size() > 3 || last - first <= 2 * thing.size() + 4;
  }

  /** No paper named: the sentence anywhere that holds every term of the question. */
  static Answer anywhere(Interpretation q, PaperIndex index) {
    List<String> thing = q.thing();
    // One bare word ("title", "model") matches some sentence by chance; that is no answer.
    int pf = thing.size() == 1 ? index.paperFrequency(thing.get(0)) : 0;
    if (pf > 0 && pf <= Tuning.MENTIONED_IN_SHOWN) {
      // "link to the GShard paper": the word is known, but only as something papers mention.
      List<String> titles =
          index.passagesWithAny(thing).stream()
              .map(p -> p.paper())
              .distinct()
              .limit(Tuning.MENTIONED_IN_SHOWN)
              .map(Answerer::title)
              .toList();
      return new Answer.NotFound(
          "No paper in the set is about " + Origins.label(q) + " itself.",
          "It comes up in " + String.join("; ", titles) + ".",
          List.of());
    }
    if (thing.size() < 2) {
      return new Answer.NotFound(
          "I can't tell what to look up in that.",
          "Ask `help` for the questions I answer.",
          List.of());
    }
    Map<String, Float> weights = new LinkedHashMap<>();
    for (String t : thing) {
      weights.put(t, (float) Math.max(0.1, index.idf(t)));
    }
    Map<Paper, Passage> covering = new LinkedHashMap<>();
    for (Hit<Passage> hit : index.searchSentences(weights, Set.of(), 20)) {
      Passage p = hit.item();
      if (p.terms().containsAll(thing) && close(p, thing)) {
        covering.putIfAbsent(p.paper(), p);
      }
    }
    if (covering.size() == 1) {
      Passage p = covering.values().iterator().next();
      return new Answer.Found(
          Kind.FACT,
          "From " + Answerer.title(p.paper()) + ":",
          List.of(Answerer.evidence(p, thing)),
          List.of(p.paper()),
          0.6);
    }
    if (covering.size() > 1) {
      List<Paper> papers = List.copyOf(covering.keySet());
      return new Answer.PaperList(
          papers.size() + " papers say so:",
          papers,
          covering.values().stream().map(p -> Answerer.evidence(p, thing)).toList(),
          0.6);
    }
    Passage described = describedBy(thing, index);
    if (described != null) {
      return new Answer.Found(
          Kind.FACT,
          "From " + Answerer.title(described.paper()) + ":",
          List.of(Answerer.evidence(described, thing)),
          List.of(described.paper()),
          0.5);
    }
    return new Answer.NotFound(
        "The paper set cannot answer that.",
        "I answer questions about the "
            + index.corpus().papers().size()
            + " papers in the set; ask `help` for examples.",
        List.of());
  }
}
