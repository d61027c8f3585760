package dev.paperbot.data;

import java.util.List;

/**
 * The result of one build: the papers sorted by id, plus what had to be corrected or skipped.
 *
 * @param papers the corpus, sorted by id
 * @param corrections listing values the facts file overruled
 * @param problems entries or rows that could not be used
 */
public record Corpus(List<Paper> papers, List<Correction> corrections, List<Problem> problems) {

  /** Copies the lists so a built corpus cannot change under its readers. */
  public Corpus {
    papers = List.copyOf(papers);
    corrections = List.copyOf(corrections);
    problems = List.copyOf(problems);
  }
}
