package dev.paperbot.retrieve;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Broader words for corpus words ("surgery" → "medical", "procedure"), generated from WordNet by
 * index-data at build time and shipped beside the corpus. They let a topic question in general
 * words find a paper written in specialist words. Stored as index terms, so they compare with
 * analyzed question terms.
 */
public final class Concepts {

  /** Where index-data puts the generated concepts. */
  public static final String RESOURCE = "/paperbot/concepts.tsv";

  private final Map<String, Set<String>> byWord;

  private Concepts(Map<String, Set<String>> byWord) {
    this.byWord = Map.copyOf(byWord);
  }

  public static Concepts none() {
    return new Concepts(Map.of());
  }

  /** The concepts shipped with the corpus (read once), or none when the resource is absent. */
  public static Concepts embedded() {
    return Embedded.INSTANCE;
  }

  /** Read on first use; the holder idiom makes that thread-safe without locks. */
  private static final class Embedded {
    static final Concepts INSTANCE = read();
  }

  private static Concepts read() {
    Map<String, Set<String>> map = new HashMap<>();
    for (Map.Entry<String, java.util.List<String>> e : WordTable.read(RESOURCE).entrySet()) {
      Set<String> terms = new LinkedHashSet<>();
      for (String c : e.getValue()) {
        String t = Terms.termOf(c);
        if (t != null) {
          terms.add(t);
        }
      }
      map.put(e.getKey(), Set.copyOf(terms));
    }
    return new Concepts(map);
  }

  /** The concept terms of a lower-cased corpus word; empty when it has none. */
  public Set<String> of(String word) {
    return byWord.getOrDefault(word, Set.of());
  }
}
