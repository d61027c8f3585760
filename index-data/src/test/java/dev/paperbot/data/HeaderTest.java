package dev.paperbot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "CLJan 22, 2025Code | null | cs.CL | --01-22 | 2025 | true",
        "SEJun 17, 2024Code | null | cs.SE | --06-17 | 2024 | true",
        "8.0DCAug 26, 2024  | 8.0  | cs.DC | --08-26 | 2024 | false",
        "57.0CLDec 2, 2025  | 57.0 | cs.CL | --12-02 | 2025 | false",
        "19.5DCMay 14, 2025 | 19.5 | cs.DC | --05-14 | 2025 | false",
        "CLJan 12           | null | cs.CL | --01-12 | null | false",
        "CLFeb 29           | null | cs.CL | --02-29 | null | false",
      })
  void parsesScoreCategoryDateAndCodeMarker(
      String line, Double score, String category, String monthDay, Integer year, boolean code) {
    Header header = assertInstanceOf(Header.Parsed.class, Header.parse(line)).header();
    assertEquals(
        new Header(score, category, MonthDay.parse(monthDay), year, code, header.dateText()),
        header);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CLFeb 30, 2025     | no such date",
        "CLFeb 29, 2025     | no such date",
        "CLJnu 3, 2024      | unknown month",
        "CL Jan 3, 2024     | expected [score]CATEGORY",
        "CLJan 3 2024       | expected [score]CATEGORY",
        "clJan 3, 2024      | expected [score]CATEGORY",
        "CLJan 3, 2024Cod   | expected [score]CATEGORY",
      })
  void rejectsAMalformedHeaderWithTheReason(String line, String reason) {
    Header.Malformed malformed = assertInstanceOf(Header.Malformed.class, Header.parse(line));
    assertTrue(malformed.reason().contains(reason), malformed.reason());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"CLJan 12 | Jan 12", "CLJan 22, 2025Code | 2025-01-22"})
  void reportsTheDateIsoWhenComplete_AsListedWhenTheYearIsMissing(String line, String report) {
    assertEquals(
        report, assertInstanceOf(Header.Parsed.class, Header.parse(line)).header().dateForReport());
  }
}
