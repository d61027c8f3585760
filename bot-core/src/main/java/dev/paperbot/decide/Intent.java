package dev.paperbot.decide;

import dev.paperbot.Paper;
import dev.paperbot.understand.Authors;
import dev.paperbot.understand.DateRange;
import dev.paperbot.understand.PaperNames;
import java.util.List;
import java.util.Optional;

/**
 * What a question asks for, with its slots filled: the output of the understand stage as the
 * deciders need it. {@link IntentRules} chooses one from an ordered table; each kind has one
 * decider.
 */
sealed interface Intent {

  /** Help, or nothing to go on. */
  record Help() implements Intent {}

  /** Two papers side by side, in the order the question names them. */
  record Compare(Paper first, Paper second) implements Intent {}

  /** Of the named papers (or the last answer's), the newest or oldest. */
  record ExtremeOf(List<Paper> papers, boolean newest) implements Intent {}

  /** The paper submitted right after or before one. */
  record Neighbour(Paper of, boolean after) implements Intent {}

  /** Every paper by these authors. */
  record ByAuthor(List<Authors.Match> authors) implements Intent {}

  /** Who wrote a paper. */
  record AuthorOf(Paper paper, boolean fromContext) implements Intent {}

  /** The newest or oldest paper of the set, or of a span. */
  record NewestOrOldest(boolean newest, Optional<DateRange> within) implements Intent {}

  /** Every paper of a span. */
  record ByDate(DateRange span) implements Intent {}

  /** When a paper was first submitted. */
  record DateOf(Paper paper, boolean fromContext) implements Intent {}

  /** Where a paper's code is. */
  record CodeOf(Paper paper) implements Intent {}

  /** A paper's arXiv id. */
  record IdOf(Paper paper) implements Intent {}

  /** Which paper introduced a thing. */
  record Origin() implements Intent {}

  /**
   * The one paper that did what the question describes, whatever papers it names on the way: "who
   * had DeepSeek-V3 break theorems into subgoals" asks for Prover-V2, not for V3.
   */
  record DescribedPaper() implements Intent {}

  /**
   * The papers that name another by its name ("which papers build on DeepSeek-V2"): only those by
   * other groups when the question says so, and without the paper itself when it asks what follows
   * from it.
   */
  record NamingPaper(PaperNames.Ref named, boolean outside, boolean withoutItself)
      implements Intent {}

  /**
   * Work by others on a family of models ("third-party evals of deepseek"): the papers naming the
   * family's word that its home group did not write, on a topic when the question gives one.
   */
  record OutsideWork(List<String> family, List<String> topic) implements Intent {}

  /** The papers with a code repository, of one owner when the question names one. */
  record WithCode() implements Intent {}

  /** All and only the papers about a topic. */
  record TopicList() implements Intent {}

  /** What a thing is, optionally in a named paper. */
  record Definition(List<Paper> refs) implements Intent {}

  /** One paper shown whole: a lookup, a summary, a link. */
  record Card(Paper paper, boolean fromContext) implements Intent {}

  /** A detail of one paper. */
  record Fact(Paper paper, List<String> asked) implements Intent {}

  /** A detail, no paper named: the sentence anywhere that states it. */
  record Anywhere() implements Intent {}
}
