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
  ARXIV
}
