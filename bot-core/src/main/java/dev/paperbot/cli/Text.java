package dev.paperbot.cli;

import dev.paperbot.Answer;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;

/** Renders an answer for a terminal: headline, quoted evidence with matches in «», papers. */
final class Text {
  private Text() {}

  static String render(Answer a) {
    StringBuilder sb = new StringBuilder(a.headline()).append('\n');
    switch (a) {
      case Answer.Comparison c -> {
        for (Answer.Comparison.Difference d : c.differences()) {
          sb.append("  - ")
              .append(d.aspect())
              .append(": ")
              .append(d.first())
              .append(" vs ")
              .append(d.second())
              .append('\n');
        }
      }
      case Answer.Help h -> h.examples().forEach(e -> sb.append("  - ").append(e).append('\n'));
      case Answer.NotFound n -> {
        if (!n.mentionedIn().isEmpty()) {
          sb.append("  Mentioned in:\n");
          n.mentionedIn().forEach(p -> sb.append("    ").append(line(p)).append('\n'));
        }
        if (!n.hint().isEmpty()) {
          sb.append("  ").append(n.hint()).append('\n');
        }
      }
      case Answer.Found f -> {}
      case Answer.PaperList l -> {}
      case Answer.PaperCard c -> {}
    }
    for (Evidence e : a.evidence()) {
      sb.append("  > ");
      for (Evidence.Segment s : e.segments()) {
        sb.append(s.marked() ? "\u00ab" + s.text() + "\u00bb" : s.text());
      }
      sb.append('\n');
    }
    for (Paper p : a.papers()) {
      sb.append("  * ").append(line(p)).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  /**
   * Wraps each line at spaces to {@code width} columns; continuation lines keep the line's indent
   * plus two, so quotes and list items stay readable. A word longer than the width (a URL) is left
   * whole rather than broken.
   */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.codePointCount(0, line.length()) <= width) {
        out.append(line);
        continue;
      }
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      String lead = " ".repeat(Math.min(indent + 2, width / 2));
      int col = 0;
      boolean first = true;
      for (String word : line.substring(indent).split(" ")) {
        int len = word.codePointCount(0, word.length());
        if (first) {
          out.append(" ".repeat(indent)).append(word);
          col = indent + len;
          first = false;
        } else if (col + 1 + len > width) {
          out.append('\n').append(lead).append(word);
          col = lead.length() + len;
        } else {
          out.append(' ').append(word);
          col += 1 + len;
        }
      }
    }
    return out.toString();
  }

  private static String line(Paper p) {
    return p.title() + " (" + p.published() + ") " + p.arxivUrl();
  }
}
