package dev.paperbot.retrieve;

/** Every field name of the index, and why each is indexed the way it is. */
public final class Fields {
  private Fields() {}

  /** "paper" or "sentence": one index holds both so one searcher serves every question. */
  public static final String TYPE = "type";

  /** The arXiv id: a StringField, exact match only, stored to map hits back to papers. */
  public static final String ID = "id";

  /** The whole title, lower-cased, not tokenized: `/paper show` with an exact title. */
  public static final String TITLE_EXACT = "title_exact";

  /** Title words, analyzed: the bench's raw BM25 baseline (the engine reads SENTENCE_TITLE). */
  public static final String TITLE = "title";

  /** The whole abstract, analyzed: the bench's raw BM25 baseline over papers. */
  public static final String ABSTRACT = "abstract";

  /** Epoch day of first submission: a point for range queries ("papers from January 2024"). */
  public static final String PUBLISHED = "published";

  /** One sentence of an abstract, analyzed and stored: the unit of evidence. */
  public static final String SENTENCE = "sentence";

  /**
   * The title of the sentence's paper, analyzed, on every sentence document: retrieval scores a
   * sentence with the words that name its paper ("the prover 1.5 paper ... minif2f").
   */
  public static final String SENTENCE_TITLE = "sentence_title";

  /** The sentence's position within its abstract, stored. */
  public static final String ORD = "ord";

  public static final String TYPE_PAPER = "paper";
  public static final String TYPE_SENTENCE = "sentence";
}
