package dev.paperbot.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code paper-facts.tsv}: {@code #} comment lines, a column header row, then one
 * tab-separated row per paper. A bad row is reported and skipped; the others still count.
 */
final class FactsFile {

  static final String NAME = "paper-facts.tsv";
  private static final List<String> COLUMNS =
      List.of("arxiv_id", "title", "submitted", "authors", "code");
  private static final Pattern ARXIV_ID = Pattern.compile("\\d{4}\\.\\d{4,5}");

  /** The usable rows and the problems with the others. */
  record Result(List<Fact> facts, List<Problem> problems) {}

  private FactsFile() {}

  static Result parse(List<String> lines) {
    List<Fact> facts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (!headerSeen) {
        headerSeen = true;
        if (!Arrays.asList(cells).equals(COLUMNS)) {
          problems.add(new Problem(NAME, lineNo, "expected the column header " + COLUMNS));
        }
        continue;
      }
      if (cells.length != COLUMNS.size()) {
        problems.add(
            new Problem(NAME, lineNo, "expected 5 tab-separated cells, found " + cells.length));
        continue;
      }
      String id = cells[0].strip();
      if (!ARXIV_ID.matcher(id).matches()) {
        problems.add(new Problem(NAME, lineNo, "not an arXiv id: \"" + id + "\""));
        continue;
      }
      if (!ids.add(id)) {
        problems.add(new Problem(NAME, lineNo, "duplicate row for " + id));
        continue;
      }
      LocalDate submitted;
      try {
        submitted = LocalDate.parse(cells[2].strip());
      } catch (DateTimeParseException e) {
        problems.add(new Problem(NAME, lineNo, "not an ISO date: \"" + cells[2] + "\""));
        continue;
      }
      List<String> authors =
          Arrays.stream(cells[3].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      String code = cells[4].strip();
      facts.add(
          new Fact(lineNo, id, cells[1].strip(), submitted, authors, code.isEmpty() ? null : code));
    }
    return new Result(List.copyOf(facts), List.copyOf(problems));
  }
}
