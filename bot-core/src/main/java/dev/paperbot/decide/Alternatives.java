package dev.paperbot.decide;

import dev.paperbot.retrieve.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Splits a topic at "or" and "/" into the alternatives a user offers: "OCR / document
 * understanding" is about OCR or about document understanding, "Gemini, GPT or Claude" about any of
 * them. The words before the first alternative stay common to all. Examples of a kind ("math
 * competitions like IMO / AIME", "OpenAI models (GPT, o1)") are each an alternative on their own.
 */
final class Alternatives {
  private Alternatives() {}

  /**
   * The topic terms once per alternative: common terms plus one alternative each; the topic itself
   * when the question offers no alternatives.
   */
  static List<List<String>> of(String question, List<String> topic) {
    return of(question, topic, t -> false);
  }

  /** The text between two tokens; none for CJK bigrams, which overlap ("混合", "合精"). */
  private static String gap(String text, Terms.Token a, Terms.Token b) {
    return b.start() > a.end() ? text.substring(a.end(), b.start()) : "";
  }

  /**
   * As {@link #of(String, List)}; "and" also separates two topics when each side holds a word few
   * papers use: "AI hardware and infrastructure" asks about either, "vision and language" does not.
   */
  static List<List<String>> of(String question, List<String> topic, Predicate<String> rare) {
    String text = question.toLowerCase(Locale.ROOT);
    java.util.regex.Matcher examples = EXAMPLES.matcher(text);
    if (examples.find()) {
      List<List<String>> items = examples(text.substring(examples.end()), topic, rare);
      List<String> before =
          Terms.terms(text.substring(0, examples.start())).stream()
              .filter(topic::contains)
              .toList();
      if (!items.isEmpty() && !before.isEmpty()) {
        List<List<String>> out =
            new ArrayList<>(of(text.substring(0, examples.start()), before, rare));
        items.stream().filter(i -> !out.contains(i)).forEach(out::add);
        return out;
      }
    }
    List<Terms.Token> tokens = Terms.tokens(text);
    List<List<String>> items = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String next = tokens.get(i + 1).surface();
      boolean or = next.equals("or");
      boolean and = next.equals("and");
      boolean slash = gap(text, tokens.get(i), tokens.get(i + 1)).contains("/");
      if (!or && !and && !slash) {
        continue;
      }
      List<String> right = run(text, tokens, or || and ? i + 2 : i + 1, topic);
      if (and
          && !(rare.test(tokens.get(i).term() == null ? "" : tokens.get(i).term())
              && right.stream().anyMatch(rare))) {
        continue;
      }
      List<String> left = new ArrayList<>();
      List<List<String>> earlier = new ArrayList<>();
      // The phrase before the separator ("long context / context length"), and any
      // comma-separated words before it ("gemini, gpt or claude").
      int j = i;
      while (j >= 0) {
        String term = tokens.get(j).term();
        if (term == null || !topic.contains(term)) {
          break;
        }
        left.add(0, term);
        String gap = j > 0 ? gap(text, tokens.get(j - 1), tokens.get(j)) : "";
        j--;
        if (!gap.isBlank()) {
          if (!gap.contains(",")) {
            break;
          }
          // Words before a comma are items of their own.
          while (j >= 0) {
            String before = tokens.get(j).term();
            if (before == null || !topic.contains(before)) {
              break;
            }
            earlier.add(0, List.of(before));
            String g = j > 0 ? gap(text, tokens.get(j - 1), tokens.get(j)) : "";
            j--;
            if (!g.contains(",")) {
              break;
            }
          }
          break;
        }
      }
      if (!left.isEmpty() && !right.isEmpty()) {
        items.addAll(earlier);
        items.add(left);
        items.add(right);
      }
    }
    if (items.size() < 2) {
      return List.of(topic);
    }
    // "OCR / document / chart understanding": a plain word before a phrase shares its head noun
    // ("document understanding", not a bare "document" most papers say somewhere); a rare word
    // names a thing on its own ("OCR").
    List<String> last = items.get(items.size() - 1);
    if (last.size() > 1
        && items.subList(0, items.size() - 1).stream().allMatch(i -> i.size() == 1)) {
      String head = last.get(last.size() - 1);
      for (int i = 0; i < items.size() - 1; i++) {
        if (!rare.test(items.get(i).get(0))) {
          items.set(i, List.of(items.get(i).get(0), head));
        }
      }
    }
    List<String> common = new ArrayList<>(topic);
    items.forEach(common::removeAll);
    List<List<String>> out = new ArrayList<>();
    for (List<String> item : items) {
      List<String> alternative = new ArrayList<>(common);
      item.stream().filter(t -> !alternative.contains(t)).forEach(alternative::add);
      out.add(List.copyOf(alternative));
    }
    return out;
  }

  // What opens examples of a kind: "math competitions like IMO / AIME", "openai models (gpt, o1)".
  private static final java.util.regex.Pattern EXAMPLES =
      java.util.regex.Pattern.compile(
          "\\(|\\b(like|such as|e\\.g\\.?|eg|including|incl\\.?)(?=[\\s:])");
  private static final java.util.regex.Pattern ITEM_SEPARATOR =
      java.util.regex.Pattern.compile("\\s*(,|/|;|\\bor\\b|\\band\\b|\\bvs\\.?)\\s*");

  /**
   * The examples after a "like" or inside parentheses, each on its own: an example names a thing of
   * the kind, and a paper naming it ("GPT-3.5") need not name the kind ("OpenAI models").
   */
  private static List<List<String>> examples(
      String after, List<String> topic, Predicate<String> rare) {
    int close = after.indexOf(')');
    String run = close >= 0 ? after.substring(0, close) : after;
    List<List<String>> items = new ArrayList<>();
    for (String item : ITEM_SEPARATOR.split(run)) {
      List<String> terms =
          Terms.terms(item).stream().filter(topic::contains).filter(Alternatives::canName).toList();
      // An example names something few papers say ("o1", "putnam"); common words in parentheses
      // ("use it, evaluate it") say what is done, not which things.
      if (terms.stream().anyMatch(rare) && !items.contains(terms)) {
        items.add(terms);
      }
    }
    return items;
  }

  /** A word that can name an example: not a bare number ("4" of "gpt-3.5 / 4"), nor "im". */
  private static boolean canName(String term) {
    return term.chars().anyMatch(Character::isLetter)
        && (term.length() >= 3 || term.chars().anyMatch(Character::isDigit));
  }

  /** Topic words from {@code start} until a word outside the topic or punctuation. */
  private static List<String> run(
      String text, List<Terms.Token> tokens, int start, List<String> topic) {
    List<String> out = new ArrayList<>();
    // "hardware / building gpu clusters": a framing word ("building") may open the alternative.
    int first = start;
    while (first < tokens.size()
        && tokens.get(first).term() != null
        && !topic.contains(tokens.get(first).term())
        && first + 1 < tokens.size()
        && gap(text, tokens.get(first), tokens.get(first + 1)).isBlank()) {
      first++;
    }
    for (int k = first; k < tokens.size(); k++) {
      String term = tokens.get(k).term();
      if (term == null || !topic.contains(term)) {
        break;
      }
      out.add(term);
      if (k + 1 < tokens.size() && !gap(text, tokens.get(k), tokens.get(k + 1)).isBlank()) {
        break;
      }
    }
    return out;
  }
}
