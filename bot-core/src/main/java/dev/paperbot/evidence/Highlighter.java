package dev.paperbot.evidence;

import dev.paperbot.Evidence;
import dev.paperbot.retrieve.PaperIndex.Passage;
import dev.paperbot.retrieve.Terms;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Quotes a sentence as evidence, marking the words that matched the question. */
public final class Highlighter {
  private Highlighter() {}

  public static Evidence quote(Passage p, Collection<String> terms) {
    List<Evidence.Highlight> marks = new ArrayList<>();
    for (Terms.Token t : p.tokens()) {
      if (t.term() != null && terms.contains(t.term()) && t.end() <= p.text().length()) {
        marks.add(new Evidence.Highlight(t.start(), t.end()));
      }
    }
    return new Evidence(p.paper().id(), p.text(), marks);
  }
}
