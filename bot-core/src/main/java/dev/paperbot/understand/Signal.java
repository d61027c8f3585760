package dev.paperbot.understand;

/** A cue about what kind of question this is; {@code intent-rules.tsv} says which text fires it. */
public enum Signal {
  HELP,
  ORIGIN,
  DEFINITION,
  AUTHOR,
  AUTHOR_LIST,
  DATE,
  NEWEST,
  OLDEST,
  COMPARE,
  LIST,
  SUMMARY,
  QUANTITY,
  FOLLOWUP,
  AFTER,
  BEFORE,
  CODE,
  ARXIV,
  /** Work by others than a paper's own authors: "third-party", "outside", "independent". */
  OUTSIDE,
  /** Work that follows from another: "builds on", "based on", "follow-ups". */
  BUILDS_ON,
  /** An amount is asked: "how many", "how much", "numbers pls". Only a stated number answers. */
  AMOUNT,
  /** One paper is asked for by what it did: "who took a V2 checkpoint and ...", "which one had". */
  WHICH_PAPER,
  /** Something of a paper's own is asked: "a new attention mechanism", "their own benchmark". */
  NOVEL,
  /**
   * The question speaks of a paper to find: "that eye exam paper where ...", "what's it called".
   */
  PAPER_NOUN,
  /**
   * The line tells the bot to fetch a paper: "find me that paper ...", "pull up the X one". What
   * follows describes the paper to look up, not a fact to find in it.
   */
  LOOKUP
}
