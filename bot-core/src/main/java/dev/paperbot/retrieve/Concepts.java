package dev.paperbot.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = Concepts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return none();
      }
      Map<String, Set<String>> map = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab < 0) {
          continue;
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String c : line.substring(tab + 1).split(" ")) {
          String t = Terms.termOf(c);
          if (t != null) {
            terms.add(t);
          }
        }
        map.put(line.substring(0, tab), Set.copyOf(terms));
      }
      return new Concepts(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The concept terms of a lower-cased corpus word; empty when it has none. */
  public Set<String> of(String word) {
    return byWord.getOrDefault(word, Set.of());
  }
}
