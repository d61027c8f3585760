package dev.paperbot.retrieve;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the plural "s" of a lower-cased acronym ("llms", "mcqs", "h800s"): a word with no vowel
 * before its final "s" is not English, so the stemmer leaves it alone. ("GPUs", with a vowel, stays
 * "gpus" on both sides, which is all matching needs.)
 */
final class AcronymPluralFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  private final boolean cased;

  AcronymPluralFilter(TokenStream in, boolean cased) {
    super(in);
    this.cased = cased;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int n = term.length();
    if (n >= 3 && term.charAt(n - 1) == 's' && (cased ? capitals(n - 1) : noVowel(n - 1))) {
      term.setLength(n - 1);
    }
    return true;
  }

  private boolean capitals(int end) {
    for (int i = 0; i < end; i++) {
      char c = term.charAt(i);
      if (!(Character.isUpperCase(c) || Character.isDigit(c))
          || (i == 0 && !Character.isUpperCase(c))) {
        return false;
      }
    }
    return true;
  }

  private boolean noVowel(int end) {
    for (int i = 0; i < end; i++) {
      char c = term.charAt(i);
      if ("aeiouy".indexOf(c) >= 0 || c > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
