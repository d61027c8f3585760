package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Answer.Kind;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.Retriever;
import dev.paperbot.retrieve.Retriever.Candidate;
import dev.paperbot.retrieve.Tuning;
import dev.paperbot.understand.Interpretation;
import dev.paperbot.understand.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decisions made on retrieved evidence: the paper a question describes instead of naming, and the
 * answer to a question the precise rules could not place. Abstention is calibrated on coverage (how
 * much of what was asked the best sentence holds) and on the margin over the next paper, so an
 * unknown subject ("LoRA", "a ramen place") is still "the set cannot answer".
 */
final class FromRetrieval {

  private final Retriever retriever;
  private final Mentions mentions;
  private final Lookup lookup;

  FromRetrieval(Retriever retriever, Mentions mentions, Lookup lookup) {
    this.retriever = retriever;
    this.mentions = mentions;
    this.lookup = lookup;
  }

  /** Best sentence per paper for the asked terms, best first. */
  List<Candidate> perPaper(List<String> asked, Set<String> within, Set<String> excluded) {
    return perPaper(asked, within, excluded, Tuning.TOP_K);
  }

  private List<Candidate> perPaper(
      List<String> asked, Set<String> within, Set<String> excluded, int k) {
    List<Candidate> all = Retriever.bestPerPaper(retriever.sentences(asked, within, k));
    return all.stream().filter(c -> !excluded.contains(c.paper().id())).toList();
  }

  /**
   * The one paper a description points at ("the robot surgery evaluation", "the lookup-memory
   * thing"): it covers enough of the description and clearly more than any other paper.
   */
  Optional<Paper> described(List<String> asked, Set<String> excluded) {
    List<Candidate> ranked = perPaper(asked, Set.of(), excluded);
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    Candidate top = ranked.get(0);
    double next = ranked.size() > 1 ? ranked.get(1).coverage() : 0;
    // "the GShard paper": a paper that speaks of the thing as prior work ("conventional MoE
    // architectures like GShard") is not the paper it names.
    boolean enough =
        top.coverage() >= Tuning.DESCRIBED_COVERAGE
            && top.coverage() - next >= Tuning.PAPER_MARGIN
            && distinctive(top) >= 1
            && !(asked.size() < Tuning.LONG_THING
                && priorWorkIn(top.paper(), List.copyOf(top.matched())));
    return enough ? Optional.of(top.paper()) : Optional.empty();
  }

  /** True when the paper speaks of the named thing as prior work somewhere. */
  private boolean priorWorkIn(Paper paper, List<String> name) {
    return mentions.find(name).in(paper).stream()
        .anyMatch(m -> m.stance() == Mentions.Stance.PRIOR_WORK);
  }

  /**
   * The paper a long question describes when it is not one the question names: "the paper where r1
   * beat o1 on eye exam questions" names R1 but describes the ophthalmology evaluation. Taken only
   * when the described paper covers the question far better than every named one does.
   */
  Optional<Paper> describedInstead(List<String> asked, Set<String> named, Set<String> nameTerms) {
    // A named paper covers its own name (in its title or a sentence): when the name is most of
    // the question, no other paper can cover clearly more, and the search is not run.
    double total = asked.stream().distinct().mapToDouble(retriever::weight).sum();
    double name =
        asked.stream().distinct().filter(nameTerms::contains).mapToDouble(retriever::weight).sum();
    if (nameTerms.isEmpty() || name > (1 - Tuning.DESCRIBED_OVER_NAMED) * total) {
      return Optional.empty();
    }
    List<Candidate> ranked = perPaper(asked, Set.of(), Set.of());
    if (ranked.isEmpty() || named.contains(ranked.get(0).paper().id())) {
      return Optional.empty();
    }
    Candidate top = ranked.get(0);
    double namedBest =
        ranked.stream()
            .filter(c -> named.contains(c.paper().id()))
            .mapToDouble(Candidate::coverage)
            .max()
            .orElse(0);
    double next = ranked.size() > 1 ? ranked.get(1).coverage() : 0;
    // The described paper speaks of the named one where it fits the description ("DeepSeek-R1
    // Outperforms ..." for "the eye exam paper where r1 beat o1"); V3's "2.788M H800 GPU hours"
    // says nothing of "deepseek-v2's gpu hours".
    boolean speaksOfNamed = top.matched().stream().anyMatch(nameTerms::contains);
    boolean clear =
        speaksOfNamed
            && top.coverage() >= Tuning.DESCRIBED_COVERAGE
            && top.coverage() - namedBest >= Tuning.DESCRIBED_OVER_NAMED
            && top.coverage() - next >= Tuning.PAPER_MARGIN;
    return clear ? Optional.of(top.paper()) : Optional.empty();
  }

  /**
   * An answer from the evidence, or empty when it is too weak to stand on. A question that names
   * papers is answered from those papers only: another paper's sentence about something else
   * ("2.788M H800 GPU hours" of V3) does not answer what R1 took.
   */
  Optional<Answer> answer(Interpretation q, Set<String> within, Set<String> excluded) {
    boolean aboutNamed = !within.isEmpty();
    boolean describe =
        (q.has(Signal.DEFINITION) || q.has(Signal.SUMMARY))
            && !q.has(Signal.QUANTITY)
            && !possessive(q);
    // About a named paper, a fact must be found in what the question asks beyond the name.
    List<String> said = aboutNamed && !describe ? q.rest() : q.thing();
    // "how many questions": what is counted is asked, even when it is a word chat also uses.
    List<String> asked =
        q.counted().isEmpty() || said.contains(q.counted().get())
            ? said
            : java.util.stream.Stream.concat(said.stream(), q.counted().stream()).toList();
    if (asked.stream().distinct().count() == 1 && !retriever.nameLike(asked.get(0))) {
      return Optional.empty();
    }
    // "what's V3's MMLU score" asks for MMLU, described or not: only a sentence holding it (or
    // whose paper's title does) can answer.
    Optional<String> key =
        aboutNamed ? Retriever.keyTerm(retriever.index(), named(q, q.rest())) : Optional.empty();
    // "deepseek llm 67b gsm8k score?": no abstract names GSM8K, so none says a score on it.
    if (aboutNamed
        && Retriever.unknownName(retriever.index(), named(q, q.rest()), q.typedNames())
            .isPresent()) {
      return Optional.empty();
    }
    List<Candidate> sentences =
        retriever.sentences(asked, within, Tuning.TOP_K).stream()
            .filter(c -> !excluded.contains(c.paper().id()))
            .filter(c -> key.isEmpty() || holds(c, key.get()))
            .filter(c -> q.has(Signal.LIST) || statesAmount(q, c.passage()))
            .toList();
    List<Candidate> ranked =
        q.has(Signal.ORIGIN) && !aboutNamed
            ? retriever.pooledPerPaper(sentences, asked)
            : Retriever.bestPerPaper(sentences);
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    Candidate top = ranked.get(0);
    // An origin is decided among the papers that hold the description equally well (the earliest
    // of them introduced it), so its lead is over the first paper outside that tie: V2 and VL2
    // both say "compressing the KV cache into a latent vector", and V2 came first.
    // Papers tie on a description when each holds every word the best one matched; sharing
    // some of its words ("moe", "expert") is no tie.
    java.util.function.Predicate<Candidate> tied =
        c -> c.coverage() >= top.coverage() - Tuning.TIE && c.matched().containsAll(top.matched());
    boolean tiedOrigin =
        q.has(Signal.ORIGIN)
            && !aboutNamed
            && top.coverage() >= Tuning.LEAD_COVERAGE
            && ranked.size() > 1
            && tied.test(ranked.get(1));
    double next =
        ranked.stream()
            .skip(1)
            .filter(c -> !tiedOrigin || !tied.test(c))
            .mapToDouble(Candidate::coverage)
            .findFirst()
            .orElse(0);
    if (q.has(Signal.LIST) && within.isEmpty()) {
      return list(q, ranked);
    }
    if (aboutNamed && !describe && top.inSentence() < Tuning.FACT_COVERAGE) {
      return Optional.empty();
    }
    // About a named paper, the sentence must hold something asked beyond its name, when the
    // corpus knows a word of it: the checkpoints sentence names V3 but says nothing of its
    // context window.
    List<String> beyond =
        q.rest().stream()
            .filter(Retriever::canName)
            .filter(t -> retriever.index().paperFrequency(t) > 0)
            .toList();
    if (aboutNamed
        && !describe
        && !beyond.isEmpty()
        && beyond.stream().noneMatch(top.matched()::contains)) {
      return Optional.empty();
    }
    if (!aboutNamed && !supported(top, next) && !namedLead(q, ranked)) {
      return Optional.empty();
    }
    List<Candidate> near =
        ranked.stream().filter(c -> c.coverage() >= top.coverage() - Tuning.TIE).toList();
    if (q.has(Signal.ORIGIN)) {
      // Among papers that hold the description as well as the best, the earliest introduced it,
      // unless it speaks of the thing as prior work.
      // Taken over a tie, the earliest must not say it reuses the thing ("we leverage ...").
      Optional<Candidate> earliest =
          near.stream()
              .filter(
                  c ->
                      !tiedOrigin
                          || (tied.test(c)
                              && mentions.stanceOf(c.passage(), c.matched())
                                  != Mentions.Stance.REUSES))
              .min(Comparator.comparing((Candidate c) -> c.paper().published()));
      if (earliest.isEmpty()) {
        return Optional.empty();
      }
      Candidate first = earliest.get();
      if (mentions.stanceOf(first.passage(), first.matched()) == Mentions.Stance.PRIOR_WORK) {
        return Optional.empty();
      }
      return Optional.of(
          new Answer.Found(
              Kind.ORIGIN,
              Answerer.title(first.paper())
                  + " ("
                  + Answerer.DAY.format(first.paper().published())
                  + ") introduced it:",
              List.of(quote(first)),
              List.of(first.paper()),
              confidence(first)));
    }
    Candidate best = top;
    if (q.has(Signal.QUANTITY) && !Facts.statesANumber(top.passage())) {
      best = near.stream().filter(c -> Facts.statesANumber(c.passage())).findFirst().orElse(top);
    }
    if (q.has(Signal.SUMMARY) && !q.has(Signal.DEFINITION)) {
      // A card says "this is the paper": not of a paper that names the thing as prior work.
      if (!aboutNamed
          && asked.size() < Tuning.LONG_THING
          && priorWorkIn(best.paper(), List.copyOf(best.matched()))) {
        return Optional.empty();
      }
      return Optional.of(lookup.card(best.paper(), confidence(best)));
    }
    Kind kind = q.has(Signal.DEFINITION) ? Kind.DEFINITION : Kind.FACT;
    return Optional.of(
        new Answer.Found(
            kind,
            "From " + Answerer.title(best.paper()) + ":",
            List.of(quote(best)),
            List.of(best.paper()),
            confidence(best)));
  }

  /**
   * The papers retrieval finds for a topic, for widening a list the rules made: each covers the
   * topic fully in one sentence (with its title), so a paper the rules' word-for-word reading
   * missed ("FP8 mixed-precision training" for "low precision stuff like fp8") is not left out.
   */
  List<Candidate> fullyCovering(Interpretation q) {
    List<Candidate> out = new ArrayList<>();
    // "hardware / infra / gpu clusters" offers alternatives: covering one of them is enough.
    int n = retriever.index().corpus().papers().size();
    for (List<String> alternative : Alternatives.of(q.normalized(), q.thing())) {
      // Words most papers use ("model", "deepseek") do not make a paper fit a topic.
      List<String> topic =
          alternative.stream().filter(t -> retriever.index().paperFrequency(t) * 2 < n).toList();
      if (topic.isEmpty()) {
        continue;
      }
      for (Candidate c : perPaper(topic, Set.of(), q.excluded(), Tuning.LIST_TOP_K)) {
        if (c.coverage() >= Tuning.WIDEN_LIST_COVERAGE && distinctive(c) >= 1) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private Optional<Answer> list(Interpretation q, List<Candidate> byCoverage) {
    // A paper fits a topic in the topic's own words: a synonym of one sense ("envision" for
    // "image") finds a sentence, it does not put a paper on a list.
    List<Candidate> ranked =
        byCoverage.stream()
            .sorted(Comparator.comparingDouble(Candidate::literal).reversed())
            .toList();
    Candidate top = ranked.get(0);
    if (top.literal() < Tuning.LIST_MIN_COVERAGE || top.matched().isEmpty()) {
      return Optional.empty();
    }
    double bar = Math.max(Tuning.LIST_MIN_COVERAGE, Tuning.LIST_COVERAGE * top.literal());
    List<Candidate> fit = ranked.stream().filter(c -> c.literal() >= bar).toList();
    List<Paper> papers = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Candidate c : fit) {
      papers.add(c.paper());
      evidence.add(quote(c));
    }
    return Optional.of(
        new Answer.PaperList(
            papers.size() == 1 ? "1 paper fits:" : papers.size() + " papers fit:",
            papers,
            evidence,
            0.5));
  }

  /**
   * True unless an amount is asked ("how many experts", "how much did it cost") and the sentence
   * states none, or none of the thing counted: "21B activated for each token" does not say how many
   * experts.
   */
  private static boolean statesAmount(Interpretation q, PaperIndex.Passage p) {
    if (!q.has(Signal.AMOUNT)) {
      return true;
    }
    return Facts.statesANumberNotAsked(p, q);
  }

  /**
   * True when the question asks something of a named paper with a possessive: "what's V3's context
   * window" asks for V3's context window, a fact, where "what's mHC, what does it fix" asks what
   * mHC is.
   */
  private static boolean possessive(Interpretation q) {
    String text = q.normalized();
    for (dev.paperbot.understand.PaperNames.Ref r : q.refs()) {
      for (String t : r.matched()) {
        if (Pattern.compile("(?<!\\w)" + Pattern.quote(t) + "['\u2019]s\\b").matcher(text).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the candidate's sentence, or its paper's title, holds the term. */
  private boolean holds(Candidate c, String term) {
    return c.passage().terms().contains(term)
        || retriever.index().titleTerms(c.paper()).contains(term);
  }

  /** The terms of {@code terms} that look like names, not words of English: "mmlu", not "find". */
  static List<String> named(Interpretation q, List<String> terms) {
    return terms.stream().filter(q.focus()::contains).toList();
  }

  /**
   * A lead the question itself gives: the best covering paper is one it names ("which
   * vision-language paper ..."), and no other paper it names covers about as well. Retrieval alone
   * would call the tie with an unnamed paper (DeepSeek-VL2 beside DeepSeek-VL) a draw.
   */
  private static boolean namedLead(Interpretation q, List<Candidate> ranked) {
    Candidate top = ranked.get(0);
    Set<Paper> named = new java.util.HashSet<>();
    q.refs().forEach(r -> named.add(r.paper()));
    return named.contains(top.paper())
        && top.coverage() >= Tuning.LEAD_COVERAGE
        && top.matched().size() >= Tuning.LEAD_MATCHED
        && ranked.stream()
            .skip(1)
            .filter(c -> c.coverage() >= top.coverage() - Tuning.TIE)
            .noneMatch(c -> named.contains(c.paper()));
  }

  /** Strong enough to answer: most of the question covered, or a clear lead on fewer words. */
  private boolean supported(Candidate top, double next) {
    // One shared word is a coincidence, unless it is a word only a paper or two use ("RLPAF").
    boolean rareName =
        top.matched().stream()
            .anyMatch(t -> retriever.index().paperFrequency(t) <= Tuning.RARE_PAPERS);
    if (distinctive(top) < Tuning.MIN_MATCHED && !rareName && top.coverage() < 0.99) {
      return false;
    }
    if (top.coverage() >= Tuning.ANSWER_COVERAGE) {
      return true;
    }
    return top.coverage() >= Tuning.LEAD_COVERAGE
        && top.matched().size() >= Tuning.LEAD_MATCHED
        && top.coverage() >= Tuning.LEAD_RATIO * next;
  }

  /** How many matched terms are not everyday words of the corpus. */
  private long distinctive(Candidate c) {
    return c.matched().stream().filter(t -> retriever.weight(t) >= Tuning.DISTINCTIVE_IDF).count();
  }

  private static double confidence(Candidate c) {
    return Math.min(0.8, 0.3 + c.coverage() / 2);
  }

  static Evidence quote(Candidate c) {
    return Answerer.evidence(c.passage(), List.copyOf(c.matched()));
  }
}
