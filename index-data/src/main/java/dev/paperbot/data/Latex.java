package dev.paperbot.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain text of the little LaTeX arXiv abstracts carry: "$63.5\%$" is "63.5%", "DQ3\_K\_M" is
 * "DQ3_K_M", "$mN$" is "mN". Chat shows text, not markup, and a question never types the escapes.
 */
final class Latex {
  private Latex() {}

  // Short inline math with no nested dollar: a number or a symbol, not a formula spanning a clause.
  private static final Pattern INLINE_MATH = Pattern.compile("\\$([^$]{1,40})\\$");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([_%&#$])");

  static String plain(String text) {
    if (text == null || (text.indexOf('$') < 0 && text.indexOf('\\') < 0)) {
      return text;
    }
    Matcher m = INLINE_MATH.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
    }
    m.appendTail(out);
    return ESCAPE.matcher(out).replaceAll("$1");
  }
}
