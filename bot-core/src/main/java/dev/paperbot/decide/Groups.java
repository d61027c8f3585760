package dev.paperbot.decide;

import dev.paperbot.Paper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which papers come from the same group: papers are joined when they share an author or the owner
 * of their code repository, and joined papers' partners join too. "Third-party" work on a paper is
 * work from another group. The corpus lists three authors a paper, so one shared name is evidence
 * enough; the chain ("Insights into V3" shares an author with DeepSeekMoE, whose code sits beside
 * V3's) reaches what one paper's author list misses.
 */
final class Groups {

  private static final Pattern OWNER = Pattern.compile("^https?://[^/]+/([^/]+)");

  private final Map<String, String> parent = new HashMap<>();

  Groups(List<Paper> papers) {
    Map<String, String> firstWith = new HashMap<>();
    for (Paper p : papers) {
      parent.put(p.id(), p.id());
    }
    for (Paper p : papers) {
      for (String author : p.authors()) {
        join(firstWith, "author:" + author, p.id());
      }
      String owner = owner(p);
      if (owner != null) {
        join(firstWith, "code:" + owner, p.id());
      }
    }
  }

  /**
   * The owner of a paper's code repository ("deepseek-ai" of github.com/deepseek-ai/…), or null.
   */
  static String owner(Paper p) {
    if (p.codeUrl() == null || p.codeUrl().isBlank()) {
      return null;
    }
    Matcher m = OWNER.matcher(p.codeUrl());
    return m.find() ? m.group(1) : null;
  }

  /**
   * Of these papers, those outside their home group: the group most of them belong to. "Outside
   * evaluations of DeepSeek models" are the papers naming DeepSeek that DeepSeek's own group did
   * not write.
   */
  List<Paper> outsideTheirHome(List<Paper> papers) {
    Map<String, Integer> size = new HashMap<>();
    for (Paper p : papers) {
      size.merge(root(p.id()), 1, Integer::sum);
    }
    String home =
        size.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse(null);
    return papers.stream().filter(p -> !root(p.id()).equals(home)).toList();
  }

  boolean same(Paper a, Paper b) {
    return root(a.id()).equals(root(b.id()));
  }

  private void join(Map<String, String> firstWith, String key, String id) {
    String first = firstWith.putIfAbsent(key, id);
    if (first != null) {
      parent.put(root(id), root(first));
    }
  }

  private String root(String id) {
    String r = id;
    while (!parent.getOrDefault(r, r).equals(r)) {
      r = parent.get(r);
    }
    // Path halving is not needed at this size; a second pass keeps later lookups short.
    String at = id;
    while (!at.equals(r)) {
      String next = parent.get(at);
      parent.put(at, r);
      at = next;
    }
    return r;
  }
}
