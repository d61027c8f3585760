package dev.paperbot.corpus;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits an abstract into sentences, the unit of evidence. The JDK's sentence iterator breaks after
 * abbreviations such as "e.g." and "et al."; those fragments are glued back.
 */
public final class Sentences {

  private static final Pattern ABBREVIATION_END =
      Pattern.compile("(?i)(\\b(e\\.g|i\\.e|et al|vs|cf|etc|fig|no)\\.|\\b[A-Z]\\.)\\s*$");

  private Sentences() {}

  public static List<String> split(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(text);
    List<String> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      pending.append(text, start, end);
      String candidate = pending.toString().strip();
      boolean fragment =
          ABBREVIATION_END.matcher(candidate).find()
              || (end < text.length() && Character.isLowerCase(firstLetter(text, end)));
      if (!fragment) {
        if (!candidate.isEmpty()) {
          out.add(candidate);
        }
        pending.setLength(0);
      }
    }
    String rest = pending.toString().strip();
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return List.copyOf(out);
  }

  private static char firstLetter(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c;
      }
    }
    return 'A';
  }
}
