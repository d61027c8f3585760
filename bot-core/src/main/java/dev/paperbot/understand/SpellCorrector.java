package dev.paperbot.understand;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrects typos in question words against the words PaperBot knows: the corpus's own words and the
 * question cues. Damerau-Levenshtein distance 1 for short words, 2 for long ones; among candidates,
 * the most frequent corpus word wins. Known words are never changed.
 */
public final class SpellCorrector {

  private final Map<String, Integer> frequency;
  private final Set<String> cueWords;

  /**
   * @param frequency how often each lower-cased corpus word occurs
   * @param cueWords question-frame words, also valid targets
   */
  public SpellCorrector(Map<String, Integer> frequency, Set<String> cueWords) {
    this(frequency, cueWords, w -> false);
  }

  /**
   * @param english words that are never typos, whatever they resemble
   */
  public SpellCorrector(
      Map<String, Integer> frequency,
      Set<String> cueWords,
      java.util.function.Predicate<String> english) {
    this.frequency = Map.copyOf(frequency);
    this.cueWords = Set.copyOf(cueWords);
    this.english = english;
    Map<Integer, List<Word>> byLength = new java.util.HashMap<>();
    for (Map.Entry<String, Integer> e : this.frequency.entrySet()) {
      byLength
          .computeIfAbsent(e.getKey().length(), k -> new java.util.ArrayList<>())
          .add(new Word(e.getKey(), e.getValue(), letters(e.getKey())));
    }
    this.byLength = byLength;
    this.sorted = new java.util.TreeMap<>(this.frequency);
  }

  /** A corpus word, its frequency, and the set of its letters as bits. */
  private record Word(String text, int frequency, long letters) {}

  // Corpus words by length: a word within distance d of a typo is within d of its length.
  private final Map<Integer, List<Word>> byLength;

  // Corpus words in order, so the words a prefix starts are one range.
  private final java.util.NavigableMap<String, Integer> sorted;

  /**
   * The letters a word holds, one bit each (folded into 64): an edit adds or removes at most two
   * letters, so words whose letter sets differ by more than 2d bits are more than d edits apart.
   * Folding only merges letters, which can hide a difference but never invent one.
   */
  static long letters(String word) {
    long bits = 0;
    for (int i = 0; i < word.length(); i++) {
      bits |= 1L << (word.charAt(i) & 63);
    }
    return bits;
  }

  private final java.util.function.Predicate<String> english;

  // A known non-English word is read as the word it starts when that word is this many times more
  // frequent: "eval" (once, in a repository name) is "evaluation"; "deepseek" is no clip of
  // "deepseekmoe".
  private static final int CLIPPED_RATIO = 3;

  public boolean isKnown(String word) {
    return frequency.containsKey(word) || cueWords.contains(word);
  }

  /** The word itself when known, too short or not close to anything; else the correction. */
  public String correct(String word) {
    String cached = corrections.get(word);
    if (cached != null) {
      return cached;
    }
    String fixed = correctNow(word);
    // Chat repeats its words; the correction of one depends on the corpus alone.
    if (corrections.size() < CORRECTION_CACHE_LIMIT) {
      corrections.put(word, fixed);
    }
    return fixed;
  }

  private static final int CORRECTION_CACHE_LIMIT = 50_000;
  private final java.util.concurrent.ConcurrentHashMap<String, String> corrections =
      new java.util.concurrent.ConcurrentHashMap<>();

  private String correctNow(String word) {
    if (english.test(word) && !isKnown(word)) {
      // An English word is no typo, but may be clipped ("exam" for "examination"); not when the
      // longer word is it plus another word ("look" is not "lookup").
      // A clip drops three letters at least: "late" is no clip of "latent".
      String longer = completion(word);
      return longer.length() - word.length() < 3 || english.test(longer.substring(word.length()))
          ? word
          : longer;
    }
    if (!english.test(word)
        && frequency.containsKey(word)
        && word.length() >= 3
        && word.chars().allMatch(c -> c < 0x80 && Character.isLetter(c))) {
      // Chat clips words ("eval"); when the corpus uses the clip too (a repository named
      // DeepSeek-Eval), the word it clips is still what is meant if the corpus says it far more.
      String longer = completion(word);
      return frequency.getOrDefault(longer, 0) >= CLIPPED_RATIO * frequency.get(word)
          ? longer
          : word;
    }
    if (word.length() < 3
        || isKnown(word)
        || !word.chars().allMatch(c -> c < 0x250 && Character.isLetter(c))) {
      return word;
    }
    // Three letters are as likely an abbreviation the corpus lacks ("usd") as a typo, and a
    // "correction" to "used" would erase what was asked; a clipped word ("acc") still completes.
    if (word.length() == 3) {
      return completion(word);
    }
    int max = word.length() >= 8 ? 2 : 1;
    String best = word;
    long bestRank = Long.MAX_VALUE;
    for (String cand : cueWords) {
      long rank = rank(word, cand, max, 1000);
      if (rank < bestRank) {
        best = cand;
        bestRank = rank;
      }
    }
    long typed = letters(word);
    for (int len = word.length() - max; len <= word.length() + max; len++) {
      for (Word w : byLength.getOrDefault(len, List.of())) {
        if (Long.bitCount(typed ^ w.letters()) > 2 * max) {
          continue;
        }
        long rank = rank(word, w.text(), max, w.frequency());
        if (rank < bestRank) {
          best = w.text();
          bestRank = rank;
        }
      }
    }
    if (best.equals(word)) {
      best = completion(word);
    }
    return best;
  }

  /**
   * Chat abbreviates: "params", "aux", "tech". A word the corpus lacks that starts a corpus word (a
   * plural "s" aside) becomes the most frequent such word.
   */
  private String completion(String word) {
    String stem =
        word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    if (stem.length() < 3) {
      return word;
    }
    String best = word;
    int bestFreq = 0;
    for (Map.Entry<String, Integer> e :
        sorted.subMap(stem, true, stem + Character.MAX_VALUE, true).entrySet()) {
      // An abbreviation keeps a third of its word at least: "aux" is "auxiliary", "put" is not
      // "putnambench".
      if (e.getKey().length() > stem.length() + 1
          && e.getKey().length() <= 3 * stem.length()
          && e.getKey().startsWith(stem)
          && (e.getValue() > bestFreq
              || (e.getValue() == bestFreq && e.getKey().compareTo(best) < 0))) {
        best = e.getKey();
        bestFreq = e.getValue();
      }
    }
    return best;
  }

  /**
   * Lower is better: distance first, then a dropped letter over a changed one (the commonest typo:
   * "wich" is "which" before "with"), then frequency, then the word itself for stability.
   */
  private static long rank(String typo, String cand, int max, int freq) {
    int d = distance(typo, cand, max);
    if (d > max) {
      return Long.MAX_VALUE;
    }
    // One changed or extra letter in a short word is as likely another word ("format" and
    // "formal", "part" and "art") as a typo; only dropped or swapped letters are corrected.
    if (typo.length() < 7
        && (typo.length() > cand.length()
            || (typo.length() == cand.length() && !isTransposition(typo, cand)))) {
      return Long.MAX_VALUE;
    }
    // A three-letter word with two letters swapped is usually another word ("per", "pre").
    if (typo.length() < 4 && typo.length() == cand.length()) {
      return Long.MAX_VALUE;
    }
    long omission = isSubsequence(typo, cand) ? 0 : 1;
    return (d * 2L + omission) * 1_000_000L - Math.min(freq, 999_999);
  }

  private static boolean isTransposition(String a, String b) {
    int first = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        first = i;
        break;
      }
    }
    return first >= 0
        && first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.substring(first + 2).equals(b.substring(first + 2));
  }

  private static boolean isSubsequence(String small, String big) {
    int i = 0;
    for (int j = 0; j < big.length() && i < small.length(); j++) {
      if (small.charAt(i) == big.charAt(j)) {
        i++;
      }
    }
    return i == small.length();
  }

  /**
   * How many letters one word has that the other lacks (as multisets), the larger side: a lower
   * bound of the edit distance (an edit or a swap fixes at most one), so most of the vocabulary is
   * ruled out without the alignment table.
   */
  private static int bagDistance(String a, String b) {
    int[] counts = new int[128];
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c >= 128) {
        return 0;
      }
      counts[c]++;
    }
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c >= 128) {
        return 0;
      }
      counts[c]--;
    }
    int more = 0;
    int fewer = 0;
    for (int v : counts) {
      if (v > 0) {
        more += v;
      } else {
        fewer -= v;
      }
    }
    return Math.max(more, fewer);
  }

  /** Optimal string alignment distance, giving up early past {@code max}. */
  public static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max || bagDistance(a, b) > max) {
      return max + 1;
    }
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    return d[n][m];
  }
}
