package dev.paperbot.discord.render;

/**
 * Builds markup up to a character limit: pieces are added whole while they fit; the piece that does
 * not fit is cut with an ellipsis (keeping bold markers balanced) and nothing more is added.
 */
final class TextBudget {
  private final int max;
  private final StringBuilder text = new StringBuilder();
  private boolean full;

  TextBudget(int max) {
    this.max = max;
  }

  /** Adds markup we wrote (markers, separators); it is never cut in half. */
  TextBudget markup(String markup) {
    if (!full) {
      if (text.length() + markup.length() <= max) {
        text.append(markup);
      } else {
        ellipsis();
      }
    }
    return this;
  }

  /** Adds already-escaped text, cut if it does not fit. */
  TextBudget escaped(String escaped) {
    return wrapped("", escaped, "");
  }

  /** Adds already-escaped text in bold, cut inside the markers if it does not fit. */
  TextBudget bold(String escaped) {
    return escaped.isEmpty() ? this : wrapped("**", escaped, "**");
  }

  private TextBudget wrapped(String open, String escaped, String close) {
    if (full) {
      return this;
    }
    int room = max - text.length();
    if (open.length() + escaped.length() + close.length() <= room) {
      text.append(open).append(escaped).append(close);
      return this;
    }
    int inner = room - open.length() - close.length() - 1;
    if (inner > 0) {
      int cut = Markdown.safeCut(escaped, inner);
      while (!open.isEmpty() && cut > 0 && Character.isWhitespace(escaped.charAt(cut - 1))) {
        cut--; // a closing marker after a space would not close
      }
      if (cut > 0) {
        text.append(open).append(escaped, 0, cut).append(close);
      }
    }
    ellipsis();
    return this;
  }

  private void ellipsis() {
    if (!full) {
      full = true;
      if (text.length() < max) {
        text.append('…');
      }
    }
  }

  boolean isFull() {
    return full;
  }

  int length() {
    return text.length();
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
