package dev.paperbot.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional first line of a listing entry, e.g. {@code 57.0CLDec 2, 2025} or {@code CLJan 22,
 * 2025Code}: an optional score, an arXiv category code, a date whose year may be missing, and an
 * optional {@code Code} marker.
 *
 * @param score the listing's ranking score, or {@code null}
 * @param category the full arXiv category, e.g. {@code cs.CL}
 * @param monthDay month and day as listed
 * @param year the year, or {@code null} when the listing dropped it
 * @param hasCode whether the listing marks the paper as having code
 * @param dateText the date exactly as listed, for reporting corrections
 */
record Header(
    Double score,
    String category,
    MonthDay monthDay,
    Integer year,
    boolean hasCode,
    String dateText) {

  /** Short enough to be a header: abstracts and bylines are far longer. */
  static final int MAX_LENGTH = 60;

  private static final Pattern SHAPE =
      Pattern.compile(
          "(?<score>\\d+(?:\\.\\d+)?)?(?<cat>[A-Z]{2,4})"
              + "(?<date>(?<month>[A-Z][a-z]{2}) (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?)"
              + "(?<code>Code)?");

  /** The result of reading a header-sized line: a header, or why it is not a valid one. */
  sealed interface Result {}

  /** A well-formed header. */
  record Parsed(Header header) implements Result {}

  /** A header-sized line that does not parse, with the reason. */
  record Malformed(String reason) implements Result {}

  /** Whether a line is short enough to be meant as a header rather than text. */
  static boolean looksLikeHeader(String line) {
    return line.length() <= MAX_LENGTH;
  }

  static Result parse(String line) {
    Matcher m = SHAPE.matcher(line);
    if (!m.matches()) {
      return new Malformed(
          "malformed header \"" + line + "\": expected [score]CATEGORY Mon D[, YYYY][Code]");
    }
    Optional<Month> month = monthOf(m.group("month"));
    if (month.isEmpty()) {
      return new Malformed("malformed header \"" + line + "\": unknown month " + m.group("month"));
    }
    int day = Integer.parseInt(m.group("day"));
    Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
    try {
      // With no year, Feb 29 must still be accepted: check against a leap year.
      LocalDate.of(year == null ? 2024 : year, month.get(), day);
    } catch (DateTimeException e) {
      return new Malformed(
          "malformed header \"" + line + "\": no such date (" + e.getMessage() + ")");
    }
    Double score = m.group("score") == null ? null : Double.valueOf(m.group("score"));
    return new Parsed(
        new Header(
            score,
            "cs." + m.group("cat"),
            MonthDay.of(month.get(), day),
            year,
            m.group("code") != null,
            m.group("date")));
  }

  /** The listed date, when the listing kept the year. */
  Optional<LocalDate> date() {
    return year == null ? Optional.empty() : Optional.of(monthDay.atYear(year));
  }

  /** The listed date in corpus form where possible, else as listed (e.g. {@code Jan 12}). */
  String dateForReport() {
    return date().map(LocalDate::toString).orElse(dateText);
  }

  private static Optional<Month> monthOf(String abbreviation) {
    for (Month month : Month.values()) {
      String name = month.name().substring(0, 3);
      if (name.equals(abbreviation.toUpperCase(Locale.ROOT))) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }
}
