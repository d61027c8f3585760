package dev.paperbot.decide;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import dev.paperbot.understand.Acronyms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Completions for a question being typed, from what the corpus names: example questions, "what is
 * ACRONYM?" for every mined acronym and its expansion, "summarize TITLE" for every paper. Built
 * once at start; a completion is a prefix match first, then a word-start match anywhere.
 */
final class QuestionSuggestions {

  private final List<String> candidates;

  private QuestionSuggestions(List<String> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  static QuestionSuggestions of(List<Paper> papers, Acronyms acronyms, Answer.Help help) {
    Set<String> all = new LinkedHashSet<>(help.examples());
    for (Acronyms.Acronym a : acronyms.all()) {
      all.add("what is " + a.shortForm() + " (" + a.longForm() + ")?");
      all.add("which paper introduced " + a.shortForm() + "?");
    }
    for (Paper p : papers) {
      all.add("summarize " + p.title());
    }
    return new QuestionSuggestions(new ArrayList<>(all));
  }

  List<String> complete(String partial, int limit) {
    String typed = partial.strip().toLowerCase(Locale.ROOT);
    if (typed.isEmpty()) {
      return candidates.subList(0, Math.min(limit, candidates.size()));
    }
    List<String> prefix = new ArrayList<>();
    List<String> inside = new ArrayList<>();
    for (String c : candidates) {
      String lower = c.toLowerCase(Locale.ROOT);
      if (lower.startsWith(typed)) {
        prefix.add(c);
      } else if (lower.contains(" " + typed) || lower.contains("(" + typed)) {
        inside.add(c);
      }
    }
    prefix.addAll(inside);
    return List.copyOf(prefix.subList(0, Math.min(limit, prefix.size())));
  }
}
