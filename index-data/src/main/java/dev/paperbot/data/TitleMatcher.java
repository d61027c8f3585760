package dev.paperbot.data;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds which facts row a piece of text (an abstract, or a title that is not spelled exactly like
 * the facts title) describes, by how much of each candidate title's vocabulary the text uses.
 *
 * <p>Terms are weighted by rarity among the candidate titles, so words every title shares (such as
 * "DeepSeek") count for little and distinctive ones ("ophthalmology", "surgeon") decide. A
 * candidate's score is the weight of its title terms found in the text times the share of its title
 * found: the weight alone favours long titles that share a few common words, the share alone
 * favours short titles (all of "A Comparison of DeepSeek and Other LLMs" occurs in many abstracts).
 * A match must be clearly best: a weak or near-tied best is reported rather than guessed, because a
 * wrong match would silently give a paper someone else's title, id and authors.
 */
final class TitleMatcher {

  /** Below this share of a title's weighted vocabulary, the text is not about that paper. */
  static final double MIN_SHARE = 0.3;

  /** The best score must be this many times the runner-up's to count as unambiguous. */
  static final double MIN_LEAD = 1.5;

  /** How alike a listed title must be to a facts title to be taken as a respelling of it. */
  static final double MIN_TITLE_SIMILARITY = 0.75;

  private static final int STEM_LENGTH = 5;

  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "in", "into", "is",
          "it", "its", "of", "on", "or", "the", "to", "towards", "via", "with");

  /** The outcome: the matched row, or why none was chosen. */
  sealed interface Result {}

  /** An unambiguous best match. */
  record Matched(Fact fact, double score, double share) implements Result {}

  /** No match, with the best candidates for the report. */
  record Unmatched(String reason) implements Result {}

  private TitleMatcher() {}

  static Result match(String text, List<Fact> candidates) {
    if (candidates.isEmpty()) {
      return new Unmatched("no unclaimed row of " + FactsFile.NAME + " is left to match");
    }
    Set<String> textTerms = terms(text);
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (Fact fact : candidates) {
      terms(fact.title()).forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }
    List<Matched> ranked =
        candidates.stream()
            .map(fact -> score(fact, textTerms, documentFrequency, candidates.size()))
            .sorted(Comparator.comparingDouble(Matched::score).reversed())
            .toList();
    Matched best = ranked.get(0);
    double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
    if (best.share() < MIN_SHARE) {
      return new Unmatched(
          String.format(
              Locale.ROOT,
              "no title in %s fits (best: %s \"%s\", sharing %.0f%% of its terms)",
              FactsFile.NAME,
              best.fact().id(),
              best.fact().title(),
              100 * best.share()));
    }
    if (best.score() < MIN_LEAD * second) {
      return new Unmatched(
          String.format(
              Locale.ROOT,
              "ambiguous: %s (%.2f) and %s (%.2f) fit about equally",
              best.fact().id(),
              best.score(),
              ranked.get(1).fact().id(),
              second));
    }
    return best;
  }

  /**
   * The row whose title has nearly the same terms as a listed title (Jaccard at least {@value
   * #MIN_TITLE_SIMILARITY}), for listings that re-case or re-punctuate a title; empty when none or
   * more than one is that close.
   */
  static Optional<Fact> closestTitle(String title, List<Fact> candidates) {
    Set<String> listed = terms(title);
    List<Fact> close =
        candidates.stream()
            .filter(f -> jaccard(listed, terms(f.title())) >= MIN_TITLE_SIMILARITY)
            .toList();
    return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    long common = a.stream().filter(b::contains).count();
    return union.isEmpty() ? 0 : (double) common / union.size();
  }

  private static Matched score(
      Fact fact, Set<String> textTerms, Map<String, Integer> documentFrequency, int candidates) {
    double total = 0;
    double found = 0;
    for (String term : terms(fact.title())) {
      double weight = Math.log(1.0 + (double) candidates / documentFrequency.get(term));
      total += weight;
      if (textTerms.contains(term)) {
        found += weight;
      }
    }
    double share = total == 0 ? 0 : found / total;
    return new Matched(fact, found * share, share);
  }

  /**
   * Lower-cased words minus stopwords, cut to their first {@value #STEM_LENGTH} letters: a crude
   * stemmer, but it lets "surgery" meet "Surgeon" and "quantized" meet "Quantization", which is
   * what abstracts do to title words.
   */
  static Set<String> terms(String text) {
    Set<String> terms = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty() || STOPWORDS.contains(word)) {
        continue;
      }
      terms.add(word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word);
    }
    return terms;
  }
}
