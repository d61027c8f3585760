package dev.paperbot.understand;

import dev.paperbot.Paper;
import dev.paperbot.retrieve.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds author names of the corpus in a question, tolerating one typo per long name part and one in
 * a short part beside an exact one ("damai dia").
 */
public final class Authors {

  /** An author found in a question, with every paper listing them. */
  public record Match(String name, List<Paper> papers) {}

  private final Map<String, List<String>> partsByName = new LinkedHashMap<>();
  // The letter sets of each name's parts, in partsByName's order: find() compares every name
  // with every word, and the parts' sets never change.
  private final List<long[]> partLetters = new ArrayList<>();
  private final Map<String, List<Paper>> papersByName = new LinkedHashMap<>();
  private final java.util.Set<String> collective = new java.util.HashSet<>();

  public Authors(List<Paper> papers) {
    for (Paper p : papers) {
      for (String author : p.authors()) {
        List<String> parts = Terms.tokens(author).stream().map(Terms.Token::surface).toList();
        if (parts.size() < 2) {
          continue;
        }
        // A collective author ("DeepSeek-AI") shares words with model names: it is looked up
        // only when the question is about authors.
        if (author.contains("-")) {
          collective.add(author);
        }
        if (partsByName.putIfAbsent(author, parts) == null) {
          partLetters.add(parts.stream().mapToLong(SpellCorrector::letters).toArray());
        }
        papersByName.computeIfAbsent(author, k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** Authors whose full name appears in the question's words, in order of appearance. */
  public List<Match> find(List<String> words, boolean aboutAuthors) {
    List<Match> out = new ArrayList<>();
    long[] wordLetters = new long[words.size()];
    for (int i = 0; i < words.size(); i++) {
      wordLetters[i] = SpellCorrector.letters(words.get(i));
    }
    int name = -1;
    for (Map.Entry<String, List<String>> e : partsByName.entrySet()) {
      name++;
      if (!aboutAuthors && collective.contains(e.getKey())) {
        continue;
      }
      List<String> parts = e.getValue();
      long[] letters = partLetters.get(name);
      for (int i = 0; i + parts.size() <= words.size(); i++) {
        boolean all = true;
        int exact = 0;
        int shortTypos = 0;
        for (int j = 0; j < parts.size() && all; j++) {
          String w = words.get(i + j);
          String part = parts.get(j);
          if (w.equals(part)) {
            exact++;
            continue;
          }
          // One edit changes at most two letters of the set: a cheap test before the distance.
          all =
              part.length() >= 3
                  && Long.bitCount(wordLetters[i + j] ^ letters[j]) <= 2
                  && SpellCorrector.distance(w, part, 1) <= 1;
          if (all && part.length() < 5) {
            shortTypos++;
          }
        }
        // A short part ("Dai" typed "dia") may be mistyped only beside an exact one: two short
        // words each one letter off would match too many names.
        if (all && shortTypos <= 1 && (shortTypos == 0 || exact >= 1)) {
          out.add(new Match(e.getKey(), List.copyOf(papersByName.get(e.getKey()))));
          break;
        }
      }
    }
    if (out.isEmpty() && aboutAuthors) {
      out.addAll(bySurname(words));
    }
    return out;
  }

  /**
   * "papers by douze": in a question about authors, a family name alone names the one author who
   * has it, when no other author of the set shares it.
   */
  private List<Match> bySurname(List<String> words) {
    Map<String, List<String>> bySurname = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : partsByName.entrySet()) {
      if (!collective.contains(e.getKey())) {
        bySurname.computeIfAbsent(e.getValue().getLast(), k -> new ArrayList<>()).add(e.getKey());
      }
    }
    List<Match> out = new ArrayList<>();
    for (String w : words) {
      List<String> owners = bySurname.get(w);
      if (w.length() >= 4 && owners != null && owners.size() == 1) {
        String name = owners.getFirst();
        out.add(new Match(name, List.copyOf(papersByName.get(name))));
      }
    }
    return out;
  }
}
