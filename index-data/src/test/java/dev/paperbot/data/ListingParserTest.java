package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingParserTest {

  private static final String FILE = "listings/test.txt";
  private static final String BYLINE = "Some Paper: A StudyAda Lovelace, Alan Turing et al. · cam";
  private static final String ABSTRACT =
      "We study things at length, and this line is long enough to be an abstract rather than a"
          + " header, which is what the parser decides by.";
  private static final String OTHER_ABSTRACT =
      "Another paper entirely, also described by a single long line of text that no header could"
          + " ever be confused with.";

  private static ListingParser.Result parse(String... lines) {
    return new ListingParser(Set.of()).parse(FILE, List.of(lines));
  }

  private static ListingEntry only(ListingParser.Result result) {
    assertEquals(List.of(), result.problems());
    assertEquals(1, result.entries().size());
    return result.entries().get(0);
  }

  @Test
  void aFullEntryHasHeaderBylineAndAbstract() {
    ListingEntry entry = only(parse("CLJan 22, 2025Code", BYLINE, ABSTRACT));
    assertEquals("cs.CL", entry.header().category());
    assertEquals("Some Paper: A Study", entry.byline().title());
    assertEquals(ABSTRACT, entry.abstractText());
    assertEquals(1, entry.line());
  }

  @Test
  void anEntryMayHaveNoHeader() {
    ListingEntry entry = only(parse(BYLINE, ABSTRACT));
    assertNull(entry.header());
    assertEquals(List.of("Ada Lovelace", "Alan Turing"), entry.byline().authors());
  }

  @Test
  void aShortTitleLineIsNotMistakenForAMalformedHeader() {
    ListingEntry entry = only(parse("Attention Is All You NeedAshish Vaswani et al.", ABSTRACT));
    assertEquals("Attention Is All You Need", entry.byline().title());
  }

  @Test
  void anEntryMayBeJustAnAbstract() {
    ListingEntry entry = only(parse(ABSTRACT));
    assertNull(entry.header());
    assertNull(entry.byline());
  }

  @Test
  void aHeaderWithNoYearKeepsMonthAndDay() {
    Header header = only(parse("CLJan 12", BYLINE, ABSTRACT)).header();
    assertNull(header.year());
    assertEquals("Jan 12", header.dateText());
  }

  @Test
  void blankLinesAreIgnoredAndLineNumbersStillCount() {
    ListingParser.Result result =
        parse("", "CLJan 12", "  ", BYLINE, "", ABSTRACT, "", OTHER_ABSTRACT);
    assertEquals(List.of(), result.problems());
    assertEquals(List.of(2, 8), result.entries().stream().map(ListingEntry::line).toList());
  }

  @Test
  void aMalformedHeaderSkipsItsEntryWithFileAndLine_AndKeepsTheRest() {
    ListingParser.Result result =
        parse(
            "CLJan 3, 2024",
            BYLINE,
            ABSTRACT,
            "CLFeb 30, 2025",
            BYLINE,
            "x" + ABSTRACT,
            OTHER_ABSTRACT);
    assertEquals(
        List.of(ABSTRACT, OTHER_ABSTRACT),
        result.entries().stream().map(ListingEntry::abstractText).toList());
    assertEquals(1, result.problems().size());
    Problem problem = result.problems().get(0);
    assertEquals(FILE, problem.file());
    assertEquals(4, problem.line());
    assertTrue(problem.reason().contains("no such date"), problem.reason());
  }

  @Test
  void anUnsplittableTitleLineIsReportedNotTakenForAnAbstract() {
    ListingParser.Result result =
        parse("a title line in lower case, no names et al.", ABSTRACT, OTHER_ABSTRACT);
    assertEquals(
        List.of(OTHER_ABSTRACT),
        result.entries().stream().map(ListingEntry::abstractText).toList());
    assertEquals(1, result.problems().get(0).line());
    assertTrue(result.problems().get(0).reason().contains("cannot split the title"));
  }

  @Test
  void aHeaderFollowedByAnotherHeaderIsReportedAsMissingItsAbstract() {
    ListingParser.Result result = parse("CLJan 3, 2024", "CLJan 4, 2024", ABSTRACT);
    assertEquals(1, result.entries().size());
    assertEquals(
        new Problem(FILE, 1, "entry has no abstract before the next header at line 2"),
        result.problems().get(0));
  }

  @Test
  void anEntryCutOffAtTheEndOfTheFileIsReported() {
    ListingParser.Result result = parse(ABSTRACT, "CLJan 3, 2024", BYLINE);
    assertEquals(1, result.entries().size());
    assertEquals(new Problem(FILE, 2, "entry ends without an abstract"), result.problems().get(0));
  }

  @Test
  void theSameAbstractWithDifferentSpacingIsTheSamePaper() {
    ListingParser.Result result = parse(ABSTRACT, ABSTRACT.replace(" ", "  ") + " ");
    assertEquals(result.entries().get(0).abstractKey(), result.entries().get(1).abstractKey());
  }
}
