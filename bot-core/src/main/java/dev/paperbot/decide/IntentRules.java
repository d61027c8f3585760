package dev.paperbot.decide;

import dev.paperbot.Paper;
import dev.paperbot.retrieve.Tuning;
import dev.paperbot.understand.Interpretation;
import dev.paperbot.understand.PaperNames;
import dev.paperbot.understand.Signal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ordered table that turns a reading of a question into an {@link Intent}: the first row that
 * fires wins. Each row names the cue and slots it needs, so a test can walk the table row by row
 * ("fires", "must not fire") and a new kind of question is a new row, not another branch.
 */
final class IntentRules {
  private IntentRules() {}

  /**
   * A question as the table reads it.
   *
   * @param q the interpretation
   * @param refs the papers it is about: named, described, or from the conversation
   * @param fromContext true when {@code refs} came from the conversation's last answer
   * @param lastAnswer the papers of the conversation's last answer, when it listed several and the
   *     question points at them as a group ("which one is newer?")
   * @param compared the two papers of a comparison, when the question compares and both are known
   * @param restUnknown true when every word asked beyond the paper's name is unknown to the corpus
   *     (typos, chat): nothing to look up in the paper but the paper itself
   * @param lookupPhrase true when the line asks nothing, it names or describes a paper
   * @param namedWork the one paper the question names as a work ("DeepSeek-V2"), not by a thing it
   *     introduced ("MLA")
   * @param family the asked words that name a family of papers rather than one: names (not words of
   *     English) that most papers use ("deepseek")
   * @param familyTopic the asked words beyond the family that few papers use ("medical")
   * @param describedInstead true when the question names a paper but describes another, which
   *     {@code refs} holds: "that eye doctor exam paper where r1 beat o1" asks for the paper its
   *     description fits, not a fact of it
   * @param asksBeyondTheSet true when a word asked beyond the paper's name is one no abstract uses
   *     in any form ("license"): a paper's link or date does not answer it
   */
  record Reading(
      Interpretation q,
      List<Paper> refs,
      boolean fromContext,
      List<Paper> lastAnswer,
      List<Paper> compared,
      boolean restUnknown,
      boolean lookupPhrase,
      Optional<PaperNames.Ref> namedWork,
      List<String> family,
      List<String> familyTopic,
      boolean describedInstead,
      boolean asksBeyondTheSet) {
    boolean has(Signal s) {
      return q.has(s);
    }

    boolean newestOrOldest() {
      return has(Signal.NEWEST) || has(Signal.OLDEST);
    }
  }

  /** One row: a name for tests and logs, and what it makes of a reading when it fires. */
  record Rule(String name, Function<Reading, Optional<Intent>> fire) {}

  static final List<Rule> TABLE =
      List.of(
          rule("help", r -> r.has(Signal.HELP) || r.q().isBlank(), r -> new Intent.Help()),
          rule(
              "which of the named is newer/older",
              r -> r.refs().size() >= 2 && r.newestOrOldest(),
              r -> new Intent.ExtremeOf(r.refs(), r.has(Signal.NEWEST))),
          rule(
              "which of the last answer's is newer/older",
              r -> r.lastAnswer().size() >= 2 && r.newestOrOldest(),
              r -> new Intent.ExtremeOf(r.lastAnswer(), r.has(Signal.NEWEST))),
          rule(
              "right after / before a paper",
              r -> r.refs().size() == 1 && (r.has(Signal.AFTER) || r.has(Signal.BEFORE)),
              r -> new Intent.Neighbour(r.refs().get(0), r.has(Signal.AFTER))),
          rule(
              "compare two papers",
              r -> r.has(Signal.COMPARE) && r.compared().size() >= 2,
              r -> new Intent.Compare(r.compared().get(0), r.compared().get(1))),
          rule(
              "papers by an author",
              r ->
                  !r.q().authors().isEmpty()
                      && (r.refs().isEmpty() || r.has(Signal.LIST) || r.has(Signal.AUTHOR_LIST)),
              r -> new Intent.ByAuthor(r.q().authors())),
          rule(
              "authors of a paper",
              r -> r.has(Signal.AUTHOR) && !r.refs().isEmpty() && !r.has(Signal.ORIGIN),
              r -> new Intent.AuthorOf(r.refs().get(0), r.fromContext())),
          rule(
              "newest/oldest of the set",
              // "哪篇论文最早提出了 X" (which paper first proposed X) asks an origin.
              r -> r.newestOrOldest() && r.refs().isEmpty() && !r.has(Signal.ORIGIN),
              r -> new Intent.NewestOrOldest(r.has(Signal.NEWEST), r.q().dates())),
          rule(
              "papers of a span",
              r -> r.q().dates().isPresent() && (r.refs().isEmpty() || r.has(Signal.LIST)),
              r -> new Intent.ByDate(r.q().dates().get())),
          rule(
              "the paper that did a described thing",
              // The papers it names are what that paper worked with or on ("took a half-trained
              // V2 checkpoint"); retrieval over every paper decides.
              r ->
                  r.has(Signal.WHICH_PAPER)
                      && r.q().thing().size() >= Tuning.LONG_THING
                      && !r.fromContext()
                      && !r.lookupPhrase()
                      && !r.has(Signal.ORIGIN)
                      && !r.has(Signal.LIST)
                      && !r.has(Signal.AUTHOR)
                      && !r.has(Signal.COMPARE)
                      && !r.newestOrOldest(),
              r -> new Intent.DescribedPaper()),
          rule(
              "date of a paper",
              // "engram paper, was that late 2025 or 2026?": a span asked of one paper asks when.
              r ->
                  (r.has(Signal.DATE)
                          || (r.refs().size() == 1
                              && r.q().dates().isPresent()
                              && !r.has(Signal.QUANTITY)
                              && !r.has(Signal.AMOUNT)))
                      && !r.refs().isEmpty()
                      && !r.has(Signal.ORIGIN),
              r -> new Intent.DateOf(r.refs().get(0), r.fromContext())),
          rule(
              "code of a paper",
              // "what license are the r1 weights under" asks what no abstract says, not where the
              // weights are.
              r ->
                  r.has(Signal.CODE)
                      && !r.refs().isEmpty()
                      && !r.has(Signal.LIST)
                      && !r.asksBeyondTheSet(),
              r -> new Intent.CodeOf(r.refs().get(0))),
          rule(
              "arXiv id of a paper",
              r -> r.has(Signal.ARXIV) && !r.refs().isEmpty() && !r.has(Signal.LIST),
              r -> new Intent.IdOf(r.refs().get(0))),
          rule(
              "papers with code",
              r -> r.has(Signal.CODE) && r.has(Signal.LIST),
              r -> new Intent.WithCode()),
          rule(
              "papers naming a paper",
              // "which papers build on deepseek-v2", "outside papers testing r1".
              // "build on" reads as an origin cue too ("who built"); with "on" it is not one.
              r ->
                  r.has(Signal.LIST)
                      && r.namedWork().isPresent()
                      && (!r.has(Signal.ORIGIN) || r.has(Signal.BUILDS_ON)),
              r ->
                  new Intent.NamingPaper(
                      r.namedWork().get(),
                      r.has(Signal.OUTSIDE),
                      r.has(Signal.OUTSIDE)
                          || r.has(Signal.BUILDS_ON)
                          || r.q().excluded().contains(r.namedWork().get().paper().id()))),
          rule(
              "outside work on a family",
              // "third party evals of deepseek?" asks which papers without saying "papers".
              r ->
                  r.has(Signal.OUTSIDE)
                      && !r.family().isEmpty()
                      && (r.has(Signal.LIST) || r.refs().isEmpty()),
              r -> new Intent.OutsideWork(r.family(), r.familyTopic())),
          rule(
              "origin of a thing",
              // "which papers use MLA (propose it or build on it)?" asks for a list.
              r -> r.has(Signal.ORIGIN) && !r.has(Signal.LIST) && !r.q().thing().isEmpty(),
              r -> new Intent.Origin()),
          rule(
              "papers about a topic",
              r -> r.has(Signal.LIST) && !r.q().thing().isEmpty(),
              r -> new Intent.TopicList()),
          rule(
              "definition",
              r ->
                  r.has(Signal.DEFINITION)
                      && !r.has(Signal.SUMMARY)
                      && (r.refs().isEmpty() || r.q().rest().isEmpty()),
              r -> new Intent.Definition(r.refs())),
          rule(
              "card of a paper",
              r ->
                  !r.refs().isEmpty()
                      && (r.q().rest().isEmpty()
                          || r.has(Signal.SUMMARY)
                          // "R1 在 USMLE 上能拿多少分": an amount of a benchmark the set never
                          // names is a fact the set lacks, not a lookup.
                          || (r.restUnknown() && !r.has(Signal.AMOUNT))
                          || r.lookupPhrase()
                          || (r.describedInstead()
                              && r.has(Signal.PAPER_NOUN)
                              && !r.has(Signal.QUANTITY)
                              && !r.has(Signal.AMOUNT))),
              r -> new Intent.Card(r.refs().get(0), r.fromContext())),
          rule(
              "fact in a paper",
              r -> !r.refs().isEmpty(),
              r -> new Intent.Fact(r.refs().get(0), r.q().rest())),
          rule("fact anywhere", r -> true, r -> new Intent.Anywhere()));

  private static Rule rule(
      String name, java.util.function.Predicate<Reading> when, Function<Reading, Intent> then) {
    return new Rule(name, r -> when.test(r) ? Optional.of(then.apply(r)) : Optional.empty());
  }

  /** The first row that fires; the last row always does. */
  static Intent classify(Reading r) {
    return firing(r).fire().apply(r).orElseThrow();
  }

  /** The row that decides a reading. */
  static Rule firing(Reading r) {
    for (Rule rule : TABLE) {
      if (rule.fire().apply(r).isPresent()) {
        return rule;
      }
    }
    throw new IllegalStateException("the last row fires for every reading");
  }
}
