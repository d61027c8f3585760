package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactsFileTest {

  private static final String HEADER = "arxiv_id\ttitle\tsubmitted\tauthors\tcode";

  @Test
  void readsARowSkippingCommentsWithAnEmptyCodeAsNone() {
    FactsFile.Result result =
        FactsFile.parse(List.of("# note", HEADER, "2512.24880\tmHC\t2025-12-31\tA B; C D; E F\t"));
    assertEquals(List.of(), result.problems());
    assertEquals(
        List.of(
            new Fact(
                3,
                "2512.24880",
                "mHC",
                LocalDate.of(2025, 12, 31),
                List.of("A B", "C D", "E F"),
                null)),
        result.facts());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2512.24880\\tmHC\\t2025-12-31\\tA B | expected 5 tab-separated cells, found 4",
        "25.12\\tmHC\\t2025-12-31\\tA B\\t | not an arXiv id: \"25.12\"",
        "2512.24880\\tmHC\\t31/12/2025\\tA B\\t | not an ISO date: \"31/12/2025\"",
      })
  void reportsABadRowWithItsLineAndKeepsTheOthers(String row, String reason) {
    FactsFile.Result result =
        FactsFile.parse(
            List.of(HEADER, row.replace("\\t", "\t"), "2401.08281\tFaiss\t2024-01-16\tA B\t"));
    assertEquals(List.of(new Problem("paper-facts.tsv", 2, reason)), result.problems());
    assertEquals(List.of("2401.08281"), result.facts().stream().map(Fact::id).toList());
  }
}
