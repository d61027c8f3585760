package dev.paperbot.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What text a cue regex can start with, read from the regex itself, so that a question without any
 * of those starts skips the regex: nearly every cue begins with a word ("\b(who|which|what)...",
 * "\bauthors?\b"), and a question holds few of them. Sound by construction: a top-level alternative
 * whose start is not a plain word (a class, a lookahead, a bare "\w") makes the cue run always.
 */
final class Cues {
  private Cues() {}

  /** One possible start: at a word start (or the very start with {@code atStart}), or anywhere. */
  record Start(String text, boolean atStart, boolean anywhere) {}

  /** The starts of every top-level alternative, or empty when some start cannot be read. */
  static Optional<List<Start>> starts(String regex) {
    List<Start> out = new ArrayList<>();
    for (String alternative : split(regex)) {
      Optional<List<Start>> s = startsOf(alternative);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      out.addAll(s.get());
    }
    return Optional.of(out);
  }

  /** True when one of the starts occurs in the lower-cased question where it must. */
  static boolean mayMatch(List<Start> starts, String q) {
    for (Start s : starts) {
      if (s.anywhere()) {
        if (q.contains(s.text())) {
          return true;
        }
      } else if (s.atStart()) {
        if (q.startsWith(s.text())) {
          return true;
        }
      } else {
        for (int i = q.indexOf(s.text()); i >= 0; i = q.indexOf(s.text(), i + 1)) {
          if (i == 0 || !isWordChar(q.charAt(i - 1))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Optional<List<Start>> startsOf(String alt) {
    boolean atStart = false;
    boolean anywhere = false;
    int i = 0;
    if (alt.startsWith("\\b")) {
      i = 2;
    } else if (alt.startsWith("(?<=") || alt.startsWith("(?<!")) {
      // Lookbehinds first: what follows them may start anywhere, not only at a word start.
      anywhere = true;
    } else if (alt.startsWith("^")) {
      atStart = true;
      i = 1;
    } else if (!alt.isEmpty() && alt.charAt(0) >= 0x2E80) {
      String run = run(alt, 0, true);
      return run.isEmpty() ? Optional.empty() : Optional.of(List.of(new Start(run, false, true)));
    } else {
      return Optional.empty();
    }
    // A lookbehind after the boundary is zero-width: what follows it starts the match.
    while (alt.startsWith("(?<!", i) || alt.startsWith("(?<=", i)) {
      int close = closing(alt, i);
      if (close < 0) {
        return Optional.empty();
      }
      i = close + 1;
    }
    if (i < alt.length() && alt.charAt(i) == '(') {
      int close = closing(alt, i);
      if (close < 0 || alt.startsWith("(?", i) && !alt.startsWith("(?:", i)) {
        return Optional.empty();
      }
      if (close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0) {
        return Optional.empty();
      }
      int from = alt.startsWith("(?:", i) ? i + 3 : i + 1;
      List<Start> out = new ArrayList<>();
      for (String inner : split(alt.substring(from, close))) {
        String run = run(inner, 0, false);
        if (run.isEmpty()) {
          return Optional.empty();
        }
        out.add(new Start(run, atStart, anywhere));
      }
      return Optional.of(out);
    }
    String run = run(alt, i, false);
    return run.isEmpty()
        ? Optional.empty()
        : Optional.of(List.of(new Start(run, atStart, anywhere)));
  }

  /**
   * The literal letters (or CJK characters) from {@code at}, up to the first character with a
   * meaning in regex; a letter a quantifier makes optional is left out.
   */
  private static String run(String s, int at, boolean cjk) {
    int end = at;
    while (end < s.length()
        && (cjk ? s.charAt(end) >= 0x2E80 : (s.charAt(end) >= 'a' && s.charAt(end) <= 'z'))) {
      end++;
    }
    if (end < s.length() && "?*{".indexOf(s.charAt(end)) >= 0 && end > at) {
      end--;
    }
    return s.substring(at, end);
  }

  /** The alternatives at depth 0, escapes and classes respected. */
  private static List<String> split(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int from = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(from, i));
        from = i + 1;
      }
    }
    out.add(regex.substring(from));
    return out;
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closing(String s, int open) {
    int depth = 0;
    boolean inClass = false;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
