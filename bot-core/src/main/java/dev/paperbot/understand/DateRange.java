package dev.paperbot.understand;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A span of publication dates a question names: "January 2024", "in 2025", "before May 2024". */
public record DateRange(LocalDate from, LocalDate to, String label) {

  private static final String MONTHS =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTHS + "\\.?,? (20\\d\\d)\\b");
  private static final Pattern YEAR_MONTH_ISO = Pattern.compile("\\b(20\\d\\d)-(0[1-9]|1[0-2])\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");
  private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\w'’])['’]([12]\\d)\\b");
  private static final Pattern CJK_YEAR_MONTH = Pattern.compile("(20\\d\\d)年(?:(\\d{1,2})月)?");
  private static final Pattern BEFORE =
      Pattern.compile("\\b(before|prior to|earlier than|older than|until)\\b");
  private static final Pattern AFTER =
      Pattern.compile("\\b(after|since|later than|newer than|more recent than)\\b");
  // Said after the date: "from dec 2025 onwards" starts with it, "2024 and earlier" ends with it.
  private static final Pattern ONWARDS =
      Pattern.compile("\\b(onwards?|and (later|after|newer|up)|or (later|newer))\\b|以来|以后");
  private static final Pattern AND_EARLIER =
      Pattern.compile("\\b(and|or) (earlier|before|older)\\b|以前");

  private static final Pattern POINT =
      Pattern.compile("\\b(?:" + MONTHS + "\\.?,?(?: (20\\d\\d))?|(20\\d\\d))\\b");
  private static final Pattern SPAN =
      Pattern.compile(
          "\\b(between|from)\\b.*\\b(and|to|through|until|till)\\b|\\b"
              + MONTHS
              + "\\.?(?: (?:or|and|to|through|till|until) | ?[-\u2013] ?)"
              + MONTHS
              + "\\b");

  // "the second half of 2024", "h2 2024", "q3 2025": parts of a year.
  private static final Pattern PART_OF_YEAR =
      Pattern.compile(
          "\\b(?:(first|1st|front|second|2nd|latter|back) half of|(h[12]|q[1-4])) (20\\d\\d)\\b"
              + "|\\b(20\\d\\d) (h[12]|q[1-4])\\b");

  private static final Pattern MONTH_WORD = Pattern.compile(MONTHS);

  /** True for a month name or its abbreviation ("dec", "sept"): never a typo. */
  public static boolean isMonth(String word) {
    return MONTH_WORD.matcher(word).matches();
  }

  /** The range a lower-cased question names, if any. */
  public static Optional<DateRange> find(String typed) {
    // Every range is read from a year, "20\\d\\d" or short ("'25"): a question holding neither
    // "20" nor an apostrophe names none, and most questions are read no further.
    if (!typed.contains("20") && typed.indexOf('\'') < 0 && typed.indexOf('\u2019') < 0) {
      return Optional.empty();
    }
    // Chat writes years short: "may '25", "in ’24".
    String q = SHORT_YEAR.matcher(typed).replaceAll("20$1");
    Optional<DateRange> span = span(q);
    if (span.isPresent()) {
      return span;
    }
    Optional<DateRange> part = partOfYear(q);
    if (part.isPresent()) {
      return part;
    }
    DateRange base = null;
    Matcher m = MONTH_YEAR.matcher(q);
    Matcher iso = YEAR_MONTH_ISO.matcher(q);
    Matcher cjk = CJK_YEAR_MONTH.matcher(q);
    if (m.find()) {
      base = month(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))));
    } else if (iso.find()) {
      base = month(YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))));
    } else if (cjk.find()) {
      int year = Integer.parseInt(cjk.group(1));
      base =
          cjk.group(2) != null
              ? month(YearMonth.of(year, Math.max(1, Math.min(12, Integer.parseInt(cjk.group(2))))))
              : year(year);
    } else {
      Matcher y = YEAR.matcher(q);
      if (y.find()) {
        base = year(Integer.parseInt(y.group(1)));
      }
    }
    if (base == null) {
      return Optional.empty();
    }
    if (ONWARDS.matcher(q).find()) {
      return Optional.of(
          new DateRange(base.from(), LocalDate.of(2999, 12, 31), "since " + base.label()));
    }
    if (AND_EARLIER.matcher(q).find()) {
      return Optional.of(
          new DateRange(LocalDate.of(1900, 1, 1), base.to(), base.label() + " and earlier"));
    }
    if (BEFORE.matcher(q).find()) {
      return Optional.of(
          new DateRange(
              LocalDate.of(1900, 1, 1), base.from().minusDays(1), "before " + base.label()));
    }
    Matcher after = AFTER.matcher(q);
    if (after.find()) {
      LocalDate from = after.group(1).equals("since") ? base.from() : base.to().plusDays(1);
      return Optional.of(
          new DateRange(
              from,
              LocalDate.of(2999, 12, 31),
              (after.group(1).equals("since") ? "since " : "after ") + base.label()));
    }
    return Optional.of(base);
  }

  /** "the second half of 2024", "h1 2025", "2024 q4". */
  private static Optional<DateRange> partOfYear(String q) {
    Matcher m = PART_OF_YEAR.matcher(q);
    if (!m.find()) {
      return Optional.empty();
    }
    String half = m.group(1);
    String code = m.group(2) != null ? m.group(2) : m.group(5);
    int year = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
    int firstMonth;
    int months;
    if (half != null) {
      firstMonth = half.matches("first|1st|front") ? 1 : 7;
      months = 6;
    } else if (code.startsWith("h")) {
      firstMonth = code.equals("h1") ? 1 : 7;
      months = 6;
    } else {
      firstMonth = 3 * (code.charAt(1) - '1') + 1;
      months = 3;
    }
    LocalDate from = LocalDate.of(year, firstMonth, 1);
    LocalDate to = YearMonth.of(year, firstMonth + months - 1).atEndOfMonth();
    return Optional.of(new DateRange(from, to, "between " + label(from) + " and " + label(to)));
  }

  /** "between January and March 2025", "from May 2024 to 2025", "2024 (jul-dec)". */
  private static Optional<DateRange> span(String q) {
    if (!SPAN.matcher(q).find()) {
      return Optional.empty();
    }
    List<String[]> points = new java.util.ArrayList<>();
    Matcher m = POINT.matcher(q);
    while (m.find()) {
      points.add(new String[] {m.group(1), m.group(2) != null ? m.group(2) : m.group(3)});
    }
    // "2024 (jul-dec)": a bare year lends itself to the months around it, which make the span.
    List<String[]> months = points.stream().filter(x -> x[0] != null).toList();
    if (months.size() >= 2 && months.size() < points.size()) {
      String year =
          points.stream().filter(x -> x[0] == null).map(x -> x[1]).findFirst().orElseThrow();
      points = new java.util.ArrayList<>();
      for (String[] x : months) {
        points.add(new String[] {x[0], x[1] != null ? x[1] : year});
      }
    }
    if (points.size() < 2) {
      return Optional.empty();
    }
    String[] a = points.get(0);
    String[] b = points.get(points.size() - 1);
    String yearA = a[1] != null ? a[1] : b[1];
    String yearB = b[1] != null ? b[1] : a[1];
    if (yearA == null || yearB == null) {
      return Optional.empty();
    }
    LocalDate from =
        a[0] == null
            ? LocalDate.of(Integer.parseInt(yearA), 1, 1)
            : YearMonth.of(Integer.parseInt(yearA), month(a[0])).atDay(1);
    LocalDate to =
        b[0] == null
            ? LocalDate.of(Integer.parseInt(yearB), 12, 31)
            : YearMonth.of(Integer.parseInt(yearB), month(b[0])).atEndOfMonth();
    if (to.isBefore(from)) {
      return Optional.empty();
    }
    return Optional.of(new DateRange(from, to, "between " + label(from) + " and " + label(to)));
  }

  private static String label(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
  }

  private static DateRange month(YearMonth ym) {
    return new DateRange(
        ym.atDay(1),
        ym.atEndOfMonth(),
        ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear());
  }

  private static DateRange year(int year) {
    return new DateRange(
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
  }

  private static Month month(String name) {
    String three = name.substring(0, 3);
    for (Month m : Month.values()) {
      if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
          .toLowerCase(Locale.ROOT)
          .equals(three)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
