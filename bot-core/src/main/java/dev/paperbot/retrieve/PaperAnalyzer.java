package dev.paperbot.retrieve;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The one analysis chain for paper text and chat questions, so both sides agree on terms.
 *
 * <ul>
 *   <li>{@link StandardTokenizer} (UAX#29) keeps model versions whole ({@code V3.2}, {@code v1.5},
 *       {@code DQ3_K_M}, {@code 671B}) and splits hyphens, so {@code DeepSeek-V3} and {@code
 *       deepseek v3} give the same two terms;
 *   <li>CJK width folding and bigrams make Chinese questions searchable without a dictionary;
 *   <li>English stop words go, Snowball's English stemmer conflates {@code native}/{@code natively}
 *       and {@code introduce}/{@code introduced}.
 * </ul>
 *
 * <p>{@link #surface()} is the same chain without stop words and stemming: it yields the words a
 * user typed, with offsets, for intent cues, spelling correction and highlighting.
 */
public final class PaperAnalyzer extends Analyzer {

  /** Lucene's English stop words: the question frame ("which", "paper") is handled by rules. */
  public static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private final boolean stem;

  private PaperAnalyzer(boolean stem) {
    this.stem = stem;
  }

  /** Stop words removed, stemmed: what the index stores and queries use. */
  public static PaperAnalyzer stemmed() {
    return new PaperAnalyzer(true);
  }

  /** Lower-cased words as typed, every word kept. */
  public static PaperAnalyzer surface() {
    return new PaperAnalyzer(false);
  }

  // "1024x1024" and "1024 x 1024" are one resolution: digits around an x are split apart.
  private static final Pattern TIMES = Pattern.compile("(?<=\\d)[x\u00d7](?=\\d)");

  // "10,000" and "10k" are one number: thousands separators go, a "k" after digits is "000".
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");
  private static final Pattern KILO = Pattern.compile("(?<=\\b\\d{1,4})[kK]\\b");

  // "3bit" and "3-bit" are one thing: digits run into a word of three letters or more are split
  // ("671B", "h800", "fp8" stay whole).
  private static final Pattern DIGITS_WORD = Pattern.compile("(?<=\\b\\d{1,4})(?=[A-Za-z]{3,}\\b)");

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    Reader r = new PatternReplaceCharFilter(DIGITS_WORD, " ", reader);
    r = new PatternReplaceCharFilter(TIMES, " x ", r);
    r = new PatternReplaceCharFilter(THOUSANDS, "", r);
    return new PatternReplaceCharFilter(KILO, "000", r);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new CJKWidthFilter(source);
    stream = new AcronymPluralFilter(stream, true);
    stream = new LowerCaseFilter(stream);
    stream = new CJKBigramFilter(stream);
    stream = new EnglishPossessiveFilter(stream);
    if (stem) {
      stream = new AcronymPluralFilter(stream, false);
      stream = new StopFilter(stream, STOP_WORDS);
      stream = new SpellingVariants(stream);
      stream = new SnowballFilter(stream, new EnglishStemmer());
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new CJKWidthFilter(in));
  }
}
