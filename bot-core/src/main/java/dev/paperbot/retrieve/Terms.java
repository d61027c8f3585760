package dev.paperbot.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Text to terms with the {@link PaperAnalyzer} chain, keeping each word's offsets so that evidence
 * can be highlighted exactly where it matched.
 */
public final class Terms {

  /** A word as typed (lower-cased), its index term ({@code null} for a stop word), its offsets. */
  public record Token(String surface, String term, int start, int end) {
    public boolean isStopWord() {
      return term == null;
    }
  }

  private static final PaperAnalyzer SURFACE = PaperAnalyzer.surface();
  private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
  private static final ThreadLocal<EnglishStemmer> STEMMER =
      ThreadLocal.withInitial(EnglishStemmer::new);
  private static final int STEM_CACHE_LIMIT = 50_000;

  private Terms() {}

  /** Every word of {@code text}, in order. */
  public static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = SURFACE.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String surface = term.toString();
        out.add(new Token(surface, termOf(surface), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of in-memory text cannot fail", e);
    }
    return out;
  }

  /** The index terms of {@code text}, stop words dropped, in order. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens(text)) {
      if (t.term() != null) {
        out.add(t.term());
      }
    }
    return out;
  }

  /** The index term of one lower-cased word, or {@code null} for a stop word. */
  public static String termOf(String surface) {
    if (PaperAnalyzer.STOP_WORDS.contains(surface)) {
      return null;
    }
    String cached = STEMS.get(surface);
    if (cached != null) {
      return cached;
    }
    String word = surface;
    if (word.length() >= 3
        && word.endsWith("s")
        && word.substring(0, word.length() - 1)
            .chars()
            .noneMatch(c -> "aeiouy".indexOf(c) >= 0 || c > 0x7f)) {
      word = word.substring(0, word.length() - 1);
    }
    word = SpellingVariants.american(word);
    String stem;
    if (PaperAnalyzer.NAMES.contains(word)) {
      // As the analyzer's keyword marker: a name the corpus types in capitals is not stemmed.
      stem = word;
    } else {
      EnglishStemmer stemmer = STEMMER.get();
      stemmer.setCurrent(word);
      stemmer.stem();
      stem = stemmer.getCurrent();
    }
    if (STEMS.size() < STEM_CACHE_LIMIT) {
      STEMS.put(surface, stem);
    }
    return stem;
  }
}
