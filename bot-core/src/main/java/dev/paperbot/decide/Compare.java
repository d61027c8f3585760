package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Answer.Comparison.Difference;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two papers side by side. The differences are mined from the abstracts: a quantity followed by
 * what it counts ("671B total parameters", "14.8 trillion ... tokens") is matched to the same noun
 * in the other abstract, plus the dates.
 */
final class Compare {
  private Compare() {}

  private static final Pattern QUANTITY =
      Pattern.compile(
          "(\\d[\\d,.]*\\s?(?:[KMBT]\\b|trillion|billion|million|%|x\\b|times)?)\\s+((?:[A-Za-z-]+\\s+){0,2}?(?:parameters|tokens|GPUs|GPU hours|languages|context|experts))");
  private static final Pattern CONTEXT =
      Pattern.compile("context length (?:of |from \\S+ to )?(\\d+K)");

  static Answer compare(Paper a, Paper b, PaperIndex index) {
    return compare(a, b, List.of(), index);
  }

  /**
   * As {@link #compare(Paper, Paper, PaperIndex)}, quoting from each paper the sentence that says
   * most of what was asked beyond the two names ("on minif2f, how big was the jump" quotes each
   * paper's MiniF2F result); a paper whose abstract holds none of it is quoted by its lead.
   */
  static Answer compare(Paper a, Paper b, List<String> asked, PaperIndex index) {
    List<Difference> diffs = new ArrayList<>();
    diffs.add(
        new Difference(
            "first submitted",
            Answerer.DAY.format(a.published()),
            Answerer.DAY.format(b.published())));
    Map<String, String> qa = quantities(a.abstractText());
    Map<String, String> qb = quantities(b.abstractText());
    for (Map.Entry<String, String> e : qa.entrySet()) {
      String other = qb.get(e.getKey());
      if (other != null && !other.equals(e.getValue())) {
        diffs.add(new Difference(e.getKey(), e.getValue(), other));
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    List<String> about = asked.stream().filter(t -> !named(t, a, b, index)).distinct().toList();
    evidence.add(answering(a, about, index).orElseGet(() -> lead(a, index)));
    evidence.add(answering(b, about, index).orElseGet(() -> lead(b, index)));
    String older = a.published().isBefore(b.published()) ? a.title() : b.title();
    return new Answer.Comparison(
        shortName(a)
            + " vs "
            + shortName(b)
            + ": "
            + shortName(older.equals(a.title()) ? a : b)
            + " came first.",
        a,
        b,
        diffs,
        evidence,
        0.8);
  }

  /** "aspect" → "value" for each quantity an abstract states. */
  static Map<String, String> quantities(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      // "a context length of 128K tokens" is a context length, not a token count.
      if (text.substring(Math.max(0, m.start() - 20), m.start()).contains("length")) {
        continue;
      }
      String aspect = m.group(2).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
      out.putIfAbsent(aspect, m.group(1).strip());
    }
    Matcher c = CONTEXT.matcher(text);
    if (c.find()) {
      out.putIfAbsent("context length", c.group(1));
    }
    return out;
  }

  /** True for a word of either paper's title: it names a side, not what to compare. */
  private static boolean named(String term, Paper a, Paper b, PaperIndex index) {
    return index.titleTerms(a).contains(term) || index.titleTerms(b).contains(term);
  }

  /**
   * The paper's sentence holding the most weight of the asked words, a stated number breaking ties
   * (a comparison asks "how big", "numbers?"); empty when no sentence holds one.
   */
  private static java.util.Optional<Evidence> answering(
      Paper p, List<String> about, PaperIndex index) {
    Passage best = null;
    double bestScore = 0;
    for (Passage s : index.passages(p.id())) {
      double score = 0;
      for (String t : about) {
        if (s.terms().contains(t)) {
          score += dev.paperbot.retrieve.Retriever.weight(index, t);
        }
      }
      if (score > 0 && Facts.statesANumber(s)) {
        score += NUMBER_BONUS;
      }
      if (score > bestScore + Facts.SAME) {
        best = s;
        bestScore = score;
      }
    }
    return best == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(Answerer.evidence(best, about));
  }

  // Less than any asked word's weight: a number only breaks ties between sentences that say it.
  private static final double NUMBER_BONUS = 0.05;

  static Evidence lead(Paper p, PaperIndex index) {
    List<Passage> passages = index.passages(p.id());
    for (Passage s : passages) {
      if (s.text().matches("(?i).*\\bwe (present|introduce|propose)\\b.*")) {
        return Answerer.evidence(s, Terms.terms(shortName(p)));
      }
    }
    return Answerer.evidence(passages.get(0), Terms.terms(shortName(p)));
  }

  static String shortName(Paper p) {
    int colon = p.title().indexOf(':');
    return colon > 0 ? p.title().substring(0, colon) : p.title();
  }
}
