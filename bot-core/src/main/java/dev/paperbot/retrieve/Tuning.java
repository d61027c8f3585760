package dev.paperbot.retrieve;

/**
 * Every tunable of retrieval and of the decisions made on its evidence, each with the reason for
 * its value. Values were set on the visible question sets and checked on questions written apart
 * from them; change one only with the eval numbers before and after.
 */
public final class Tuning {
  private Tuning() {}

  /**
   * A thing of this many words or more is a description: retrieval judges it, where a shorter one
   * is a name whose mentions the stance rules have read.
   */
  public static final int LONG_THING = 4;

  /**
   * Sentences BM25 ranks best that the rules read for a long description: far more than ever hold
   * most of its words in one sentence.
   */
  public static final int DESCRIPTION_CANDIDATES = 200;

  /**
   * Papers named when no paper introduced a thing, oldest first: the first few show where it comes
   * from; a reply listing hundreds of papers that use it helps nobody.
   */
  public static final int MENTIONED_IN_SHOWN = 10;

  /**
   * Papers one question can name, best first: a chat line names a few; in a large set a common name
   * ("DeepSeek-V3") is matched by thousands of titles, and every later stage reads them all.
   */
  public static final int MAX_REFS = 16;

  /**
   * Papers a topic list holds, newest first; the headline says when more fit. In a set of 100,000
   * papers a common topic fits thousands, which no chat reader pages through, and reading them all
   * would cost the time of a hundred answers.
   */
  public static final int LIST_MAX = 200;

  /**
   * Papers of a topic list quoted with their sentence, newest first: five pages of a chat reply.
   * Further papers are listed without one, so a topic thousands of papers share costs no more.
   */
  public static final int LIST_EVIDENCE = 50;

  /**
   * Sentences of one paper whose words count together for a described origin: a method is often
   * named in one sentence and its setting given in the next, rarely spread wider.
   */
  public static final int POOLED_SENTENCES = 2;

  /**
   * A word generalises to a topic only when WordNet gives it at most this many broader concepts:
   * specific words have about ten ("ophthalmology", "surgery"); a word of many senses has forty to
   * ninety ("host", "report", "instrument") and is "medical" or "document" by one sense only.
   */
  public static final int SPECIFIC_CONCEPTS = 25;

  /** Sentences retrieved per question: every stage after retrieval reads only these. */
  public static final int TOP_K = 40;

  /** A title word counts for the sentence, but less than the sentence's own words. */
  public static final float TITLE_BOOST = 0.5f;

  /**
   * Weight of a word no paper uses, as a fraction of the rarest corpus word's idf: enough that a
   * question about an absent thing ("LoRA", "ramen place") is not covered, not so much that one
   * chat word ("tbh") sinks a well-covered question.
   */
  public static final double UNKNOWN_WORD_WEIGHT = 0.6;

  /**
   * A fact about a named paper needs a sentence holding this much of what was asked beyond the
   * paper's name; below it the abstract "does not say" (R1's GPU hours, V3's learning rate).
   */
  public static final double FACT_COVERAGE = 0.4;

  /**
   * A fact about a named paper taken from another paper's sentence needs this much of what was
   * asked: second-hand evidence stands on more than a shared word ("DeepSeek-V3 is not ready for
   * ... context" is no answer to V3's context window).
   */
  public static final double SECOND_HAND_COVERAGE = 0.6;

  /**
   * What a word the question says in other words counts for ("extra" for the sentence's
   * "additional"): less than the word itself, since a synonym may be of another sense.
   */
  public static final double SYNONYM_CREDIT = 0.7;

  /** Coverage at which the best sentence answers a question the rules could not place. */
  public static final double ANSWER_COVERAGE = 0.6;

  /** A list holds every paper whose best sentence covers this fraction of the best's coverage. */
  public static final double LIST_COVERAGE = 0.75;

  /**
   * A word at most this many papers use names something: one such match can carry an answer, and a
   * fact question asking for one is answered only by a sentence holding it.
   */
  public static final int RARE_PAPERS = 2;

  /** At least this many asked words must be matched: one shared word is a coincidence. */
  public static final int MIN_MATCHED = 2;

  /** A described paper is taken only when it covers this much more than the runner-up. */
  public static final double PAPER_MARGIN = 0.2;

  /** A described paper replaces a named one only when it covers this much more of the question. */
  public static final double DESCRIBED_OVER_NAMED = 0.3;

  /** A description must cover this much of its paper to name it. */
  public static final double DESCRIBED_COVERAGE = 0.45;

  /** Papers within this much coverage of the best are equally supported. */
  public static final double TIE = 0.1;

  /** Below full coverage, an answer needs a clear lead: this much coverage... */
  public static final double LEAD_COVERAGE = 0.3;

  /** ...this many matched words... */
  public static final int LEAD_MATCHED = 3;

  /** ...and this many times the next paper's coverage (chatty questions cover little). */
  public static final double LEAD_RATIO = 1.4;

  /**
   * Sentences read when widening a list: every paper on a topic must be seen, and a paper that
   * holds the topic only in its title ranks below the sentences that say it.
   */
  public static final int LIST_TOP_K = 400;

  /** A paper joins a list the rules made only when one of its sentences covers the whole topic. */
  public static final double WIDEN_LIST_COVERAGE = 0.99;

  /** A list needs its best paper to cover this much of the topic. */
  public static final double LIST_MIN_COVERAGE = 0.5;

  /** Words rarer than this (idf) tell papers apart; commoner ones ("model") do not. */
  public static final double DISTINCTIVE_IDF = 1.0;
}
