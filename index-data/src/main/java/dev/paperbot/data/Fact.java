package dev.paperbot.data;

import java.time.LocalDate;
import java.util.List;

/**
 * One checked row of {@code paper-facts.tsv}.
 *
 * @param line the 1-based line in the facts file, for reports
 * @param id the arXiv id
 * @param title the exact title
 * @param submitted the first submission date
 * @param authors the first three authors as arXiv lists them
 * @param codeUrl the confirmed official repository, or {@code null}
 */
record Fact(
    int line, String id, String title, LocalDate submitted, List<String> authors, String codeUrl) {

  Fact {
    authors = List.copyOf(authors);
  }
}
