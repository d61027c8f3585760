package dev.paperbot.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one listing file: entries of {@code [header] [byline] abstract}, one line each, blank lines
 * ignored. Lines are classified by shape: a line that parses as a header is one, a line that splits
 * into title and names is a byline, another short line is a malformed header, and anything else is
 * an abstract, which ends the entry.
 *
 * <p>A broken entry (malformed header, a header or byline with no abstract) is reported as a {@link
 * Problem} and skipped whole, so a half-read entry never reaches the corpus; parsing resumes with
 * the next entry.
 */
final class ListingParser {

  /** What one file yielded. */
  record Result(List<ListingEntry> entries, List<Problem> problems) {}

  private final Set<String> knownTitles;

  /**
   * @param knownTitles normalized facts titles, used only to confirm an ambiguous title split
   */
  ListingParser(Set<String> knownTitles) {
    this.knownTitles = Set.copyOf(knownTitles);
  }

  Result parse(String file, List<String> lines) {
    return new Run(file).parse(lines);
  }

  /** The state of parsing one file. */
  private final class Run {
    private final String file;
    private final List<ListingEntry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int start;
    private Header header;
    private Byline byline;
    private boolean bylineSeen;
    private String brokenReason;

    Run(String file) {
      this.file = file;
    }

    Result parse(List<String> lines) {
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.isEmpty()) {
          accept(i + 1, line);
        }
      }
      if (start > 0) {
        String reason = brokenReason != null ? brokenReason + "; " : "";
        problems.add(new Problem(file, start, reason + "entry ends without an abstract"));
      }
      return new Result(List.copyOf(entries), List.copyOf(problems));
    }

    private void accept(int lineNo, String line) {
      // A short line may still be a short title line, so a header must parse to win outright.
      Header.Result asHeader = Header.looksLikeHeader(line) ? Header.parse(line) : null;
      if (asHeader instanceof Header.Parsed parsed) {
        abandonPending(lineNo);
        start = lineNo;
        header = parsed.header();
        return;
      }
      if (!bylineSeen) {
        Optional<Byline> split = Byline.parse(line, knownTitles);
        if (split.isPresent() || Byline.looksLikeByline(line)) {
          begin(lineNo);
          bylineSeen = true;
          byline = split.orElse(null);
          if (split.isEmpty() && brokenReason == null) {
            brokenReason = "cannot split the title from the author list in \"" + line + "\"";
          }
          return;
        }
      }
      if (asHeader instanceof Header.Malformed malformed) {
        abandonPending(lineNo);
        start = lineNo;
        brokenReason = malformed.reason();
        return;
      }
      begin(lineNo);
      if (brokenReason != null) {
        problems.add(new Problem(file, start, brokenReason + "; entry skipped"));
      } else {
        entries.add(new ListingEntry(file, start, header, byline, line));
      }
      reset();
    }

    private void begin(int lineNo) {
      if (start == 0) {
        start = lineNo;
      }
    }

    /** A new header arrived while an entry was still waiting for its abstract. */
    private void abandonPending(int lineNo) {
      if (start > 0) {
        String reason = brokenReason != null ? brokenReason + "; " : "";
        problems.add(
            new Problem(
                file,
                start,
                reason + "entry has no abstract before the next header at line " + lineNo));
      }
      reset();
    }

    private void reset() {
      start = 0;
      header = null;
      byline = null;
      bylineSeen = false;
      brokenReason = null;
    }
  }
}
