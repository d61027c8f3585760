package dev.paperbot.slack.render;

/**
 * Builds one Slack {@code mrkdwn} text from trusted markup and untrusted text, within a character
 * budget.
 *
 * <p>Untrusted text (from users or the corpus) is made inert: {@code &}, {@code <}, {@code >} are
 * escaped as Slack requires, so {@code <!channel>}, {@code <@U123>} and {@code <https://x|y>}
 * display literally and ping or link nothing. Slack has no escape for its formatting characters, so
 * {@code * _ ~ `} are replaced by look-alikes ({@code ∗ ˍ ∼ ˋ}); otherwise a {@code *} in a
 * sentence could end the bold of a highlighted match, or a question could format the reply. Control
 * characters other than newline and tab are dropped.
 *
 * <p>When the budget runs out the text ends with {@code …}; an open bold span is still closed, and
 * an escape is never cut in half.
 */
final class Mrkdwn {

  /** Slack's limit for a section's text is 3000 characters; stay clearly under it. */
  static final int SECTION_LIMIT = 2_900;

  private static final String ELLIPSIS = "…";

  private final StringBuilder sb = new StringBuilder();
  private final int budget;
  private boolean truncated;

  Mrkdwn(int budget) {
    if (budget < 16) {
      throw new IllegalArgumentException("budget must be at least 16, was " + budget);
    }
    this.budget = budget;
  }

  /** The escaped, neutralized form of untrusted text, with no budget. */
  static String inert(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    raw.codePoints().forEach(cp -> out.append(inertCodePoint(cp)));
    return out.toString();
  }

  private static String inertCodePoint(int cp) {
    return switch (cp) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '*' -> "\u2217";
      case '_' -> "\u02CD";
      case '~' -> "\u223C";
      case '`' -> "\u02CB";
      case '\n', '\t' -> Character.toString(cp);
      default -> Character.isISOControl(cp) || isNoncharacter(cp) ? "" : Character.toString(cp);
    };
  }

  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  boolean truncated() {
    return truncated;
  }

  int length() {
    return sb.length();
  }

  /** Appends markup the renderer wrote itself (never user or corpus text). */
  Mrkdwn markup(String trusted) {
    if (truncated) {
      return this;
    }
    if (sb.length() + trusted.length() > budget - ELLIPSIS.length()) {
      end();
    } else {
      sb.append(trusted);
    }
    return this;
  }

  /** Appends untrusted text, inert; truncates with … when the budget runs out. */
  Mrkdwn text(String raw) {
    appendInert(raw, 0);
    return this;
  }

  /**
   * Appends untrusted text in bold. Leading and trailing spaces stay outside the markers, since
   * Slack only bolds {@code *x*} when the markers touch non-space characters.
   */
  Mrkdwn bold(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && Character.isWhitespace(raw.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
      end--;
    }
    text(raw.substring(0, start));
    if (start < end && !truncated) {
      // Room for the opening marker, one character, the closing marker and the ellipsis.
      if (sb.length() + 3 > budget - ELLIPSIS.length()) {
        end();
        return this;
      }
      sb.append('*');
      appendInert(raw.substring(start, end), 1);
      sb.append('*');
    }
    text(raw.substring(end));
    return this;
  }

  /** A link to a URL the renderer built; the label is untrusted text. */
  Mrkdwn link(String trustedUrl, String rawLabel) {
    String label = inert(rawLabel.replace('|', '¦'));
    String link = "<" + trustedUrl + "|" + label + ">";
    if (sb.length() + link.length() <= budget - ELLIPSIS.length()) {
      sb.append(link);
    } else {
      text(rawLabel);
    }
    return this;
  }

  private void appendInert(String raw, int reserve) {
    if (truncated) {
      return;
    }
    int limit = budget - ELLIPSIS.length() - reserve;
    int i = 0;
    while (i < raw.length()) {
      int cp = raw.codePointAt(i);
      String piece = inertCodePoint(cp);
      if (sb.length() + piece.length() > limit) {
        sb.append(ELLIPSIS);
        truncated = true;
        return;
      }
      sb.append(piece);
      i += Character.charCount(cp);
    }
  }

  private void end() {
    if (!truncated) {
      sb.append(ELLIPSIS);
      truncated = true;
    }
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
