package dev.paperbot.retrieve;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * British spellings folded to the American ones the abstracts use, before stemming: "optimisation"
 * and "optimization", "specialised" and "specialized", "analyse" and "analyze" become one term.
 * Applied to index and questions alike, so a word it changes that has no American twin ("precise")
 * still matches itself.
 */
public final class SpellingVariants extends TokenFilter {

  // -ise, -ised, -ising, -isation(s), -iser(s): stems of five letters or more ("rise" and "wise"
  // stay), -yse(d)/-ysing ("analyse").
  private static final Pattern ISE =
      Pattern.compile("^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$");
  private static final Pattern YSE = Pattern.compile("^([a-z]{2,})ys(e|es|ed|ing)$");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public SpellingVariants(TokenStream in) {
    super(in);
  }

  /** The word as the abstracts would spell it; the word itself when no rule applies. */
  public static String american(String word) {
    Matcher m = ISE.matcher(word);
    if (m.matches()) {
      return m.group(1) + "iz" + m.group(2);
    }
    Matcher y = YSE.matcher(word);
    if (y.matches()) {
      return y.group(1) + "yz" + y.group(2);
    }
    return word;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    String folded = american(word);
    if (!folded.equals(word)) {
      term.setEmpty().append(folded);
    }
    return true;
  }
}
