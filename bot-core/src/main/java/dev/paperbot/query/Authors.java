package dev.paperbot.query;

import dev.paperbot.Paper;
import dev.paperbot.index.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds author names of the corpus in a question, tolerating one typo per long name part. */
public final class Authors {

  /** An author found in a question, with every paper listing them. */
  public record Match(String name, List<Paper> papers) {}

  private final Map<String, List<String>> partsByName = new LinkedHashMap<>();
  private final Map<String, List<Paper>> papersByName = new LinkedHashMap<>();

  public Authors(List<Paper> papers) {
    for (Paper p : papers) {
      for (String author : p.authors()) {
        List<String> parts = Terms.tokens(author).stream().map(Terms.Token::surface).toList();
        // A collective author ("DeepSeek-AI") names an organisation, not a person to look up.
        if (parts.size() < 2 || author.contains("-AI")) {
          continue;
        }
        partsByName.putIfAbsent(author, parts);
        papersByName.computeIfAbsent(author, k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** Authors whose full name appears in the question's words, in order of appearance. */
  public List<Match> find(List<String> words) {
    List<Match> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : partsByName.entrySet()) {
      List<String> parts = e.getValue();
      for (int i = 0; i + parts.size() <= words.size(); i++) {
        boolean all = true;
        for (int j = 0; j < parts.size() && all; j++) {
          String w = words.get(i + j);
          String part = parts.get(j);
          all = w.equals(part) || (part.length() >= 5 && SpellCorrector.distance(w, part, 1) <= 1);
        }
        if (all) {
          out.add(new Match(e.getKey(), List.copyOf(papersByName.get(e.getKey()))));
          break;
        }
      }
    }
    return out;
  }
}
