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

  /**
   * Literal text a match must hold, as alternatives of conjunctions: the starts say only where a
   * match may begin, and a cue such as "\\b(paper|one) (that )?followed\\b" begins with words half
   * of all questions hold, yet cannot match without "followed". Sound by construction: whatever is
   * optional, repeated, a class or a lookaround requires nothing, and a regex this reading does not
   * know ({@code (?i)}, {@code \\Q}) requires nothing at all.
   */
  sealed interface Need permits Need.Text, Need.All, Need.Any {
    boolean heldBy(Read q);

    default boolean heldBy(String q) {
      return heldBy(new Read(q));
    }

    /** Holds for every question: nothing is required. */
    Need NOTHING = new All(new Need[0]);

    /** Text to hold, with the hashes of its first and last three characters (-1 if shorter). */
    record Text(String text, int first, int last) implements Need {
      Text(String text) {
        this(
            text,
            text.length() < 3 ? -1 : Read.gram(text, 0),
            text.length() < 3 ? -1 : Read.gram(text, text.length() - 3));
      }

      @Override
      public boolean heldBy(Read q) {
        return (first < 0 || q.hasGram(first) && q.hasGram(last)) && q.text().contains(text);
      }
    }

    // Arrays and a type test, not lists and a virtual call: the checks run some hundred times
    // a question, and a call site seeing all three kinds is not inlined.
    record All(Need[] parts) implements Need {
      @Override
      public boolean heldBy(Read q) {
        for (Need n : parts) {
          if (!(n instanceof Text t ? t.heldBy(q) : n.heldBy(q))) {
            return false;
          }
        }
        return true;
      }

      @Override
      public String toString() {
        return "All" + java.util.Arrays.toString(parts);
      }
    }

    record Any(Need[] options) implements Need {
      @Override
      public boolean heldBy(Read q) {
        for (Need n : options) {
          if (n instanceof Text t ? t.heldBy(q) : n.heldBy(q)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public String toString() {
        return "Any" + java.util.Arrays.toString(options);
      }
    }
  }

  /**
   * A question read once for the literal checks of every cue: the hashes of its three-character
   * runs. A question holds a few dozen of them and the cues some hundred literals, most of them
   * absent, so two bit tests reject a literal before any search of the text.
   */
  static final class Read {
    private static final int GRAM_BITS = 1024;
    private final String text;
    private final long[] grams = new long[GRAM_BITS / 64];

    Read(String text) {
      this.text = text;
      for (int i = 0; i + 3 <= text.length(); i++) {
        int h = gram(text, i);
        grams[h >>> 6] |= 1L << h;
      }
    }

    String text() {
      return text;
    }

    boolean hasGram(int h) {
      return (grams[h >>> 6] & (1L << h)) != 0;
    }

    static int gram(String s, int at) {
      int h = (s.charAt(at) * 31 + s.charAt(at + 1)) * 31 + s.charAt(at + 2);
      return (h ^ (h >>> 10)) & (GRAM_BITS - 1);
    }
  }

  /** What a match of the regex must hold; {@link Need#NOTHING} when it cannot be read. */
  static Need needs(String regex) {
    if (regex.contains("\\Q")) {
      return Need.NOTHING;
    }
    try {
      NeedReader r = new NeedReader(regex);
      Need n = r.alternatives();
      return r.at == regex.length() ? n : Need.NOTHING;
    } catch (UnreadableRegex e) {
      return Need.NOTHING;
    }
  }

  private static final class UnreadableRegex extends Exception {
    UnreadableRegex() {
      super(null, null, false, false);
    }
  }

  private static final class NeedReader {
    private final String re;
    private int at;

    NeedReader(String re) {
      this.re = re;
    }

    /** Alternatives up to an unmatched ")" or the end. */
    Need alternatives() throws UnreadableRegex {
      List<Need> options = new ArrayList<>();
      options.add(sequence());
      while (at < re.length() && re.charAt(at) == '|') {
        at++;
        options.add(sequence());
      }
      List<Need> flat = new ArrayList<>();
      for (Need n : options) {
        if (n == Need.NOTHING) {
          return Need.NOTHING;
        }
        if (n instanceof Need.Any any) {
          flat.addAll(List.of(any.options()));
        } else {
          flat.add(n);
        }
      }
      return flat.size() == 1 ? flat.get(0) : new Need.Any(flat.toArray(new Need[0]));
    }

    /** One alternative: every literal run and every required group in it. */
    private Need sequence() throws UnreadableRegex {
      List<Need> parts = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
        char c = re.charAt(at);
        if (c == '(') {
          flush(run, parts);
          Need group = group();
          if (required() && group != Need.NOTHING) {
            parts.add(group);
          }
        } else if (c == '\\') {
          // A boundary, a class or an escaped character: none is read as text. Other escapes
          // (\\u4e00, \\x41, \\12) are longer than two characters: not read.
          if (at + 1 >= re.length()
              || Character.isLetterOrDigit(re.charAt(at + 1))
                  && "bBwWdDsS".indexOf(re.charAt(at + 1)) < 0) {
            throw new UnreadableRegex();
          }
          flush(run, parts);
          at += 2;
          required();
        } else if (c == '[') {
          flush(run, parts);
          skipClass();
          required();
        } else if ("^$.]{}?*+".indexOf(c) >= 0) {
          flush(run, parts);
          at++;
        } else {
          at++;
          if (at < re.length() && "?*{".indexOf(re.charAt(at)) >= 0) {
            // Optional ("authors?"): the text so far is required, this character is not.
            flush(run, parts);
            if (!required()) {
              continue;
            }
            run.append(c);
            flush(run, parts);
          } else if (at < re.length() && re.charAt(at) == '+') {
            run.append(c);
            flush(run, parts);
            required();
          } else {
            run.append(c);
          }
        }
      }
      flush(run, parts);
      List<Need> flat = new ArrayList<>();
      for (Need n : parts) {
        if (n instanceof Need.All all) {
          flat.addAll(List.of(all.parts()));
        } else {
          flat.add(n);
        }
      }
      return flat.isEmpty()
          ? Need.NOTHING
          : flat.size() == 1 ? flat.get(0) : new Need.All(flat.toArray(new Need[0]));
    }

    /** A group at {@code at}: what it needs, or nothing for a lookaround. */
    private Need group() throws UnreadableRegex {
      at++;
      boolean lookaround = false;
      if (re.startsWith("?:", at)) {
        at += 2;
      } else if (re.startsWith("?=", at) || re.startsWith("?!", at)) {
        at += 2;
        lookaround = true;
      } else if (re.startsWith("?<=", at) || re.startsWith("?<!", at)) {
        at += 3;
        lookaround = true;
      } else if (at < re.length() && re.charAt(at) == '?') {
        // Flags, named groups and the like: not read.
        throw new UnreadableRegex();
      }
      Need inner = alternatives();
      if (at >= re.length() || re.charAt(at) != ')') {
        throw new UnreadableRegex();
      }
      at++;
      return lookaround ? Need.NOTHING : inner;
    }

    /** Reads the quantifier after an atom, if any: true when the atom must occur at least once. */
    private boolean required() throws UnreadableRegex {
      if (at >= re.length()) {
        return true;
      }
      char q = re.charAt(at);
      boolean needed;
      if (q == '?' || q == '*') {
        at++;
        needed = false;
      } else if (q == '+') {
        at++;
        needed = true;
      } else if (q == '{') {
        int close = re.indexOf('}', at);
        if (close < 0) {
          throw new UnreadableRegex();
        }
        String min = re.substring(at + 1, close).split(",", -1)[0].strip();
        if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) {
          throw new UnreadableRegex();
        }
        needed = Integer.parseInt(min) > 0;
        at = close + 1;
      } else {
        return true;
      }
      // A lazy or possessive quantifier needs what the greedy one does.
      if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
        at++;
      }
      return needed;
    }

    private void skipClass() throws UnreadableRegex {
      int i = at + 1;
      if (i < re.length() && re.charAt(i) == '^') {
        i++;
      }
      // A "]" first in a class is a member.
      if (i < re.length() && re.charAt(i) == ']') {
        i++;
      }
      for (; i < re.length(); i++) {
        char c = re.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '[') {
          throw new UnreadableRegex();
        } else if (c == ']') {
          at = i + 1;
          return;
        }
      }
      throw new UnreadableRegex();
    }

    private static void flush(StringBuilder run, List<Need> parts) {
      if (!run.toString().isBlank()) {
        parts.add(new Need.Text(run.toString()));
      }
      run.setLength(0);
    }
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
