package dev.paperbot.answer;

import dev.paperbot.Evidence;
import dev.paperbot.index.PaperIndex.Passage;
import dev.paperbot.index.Terms;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Quotes a sentence as evidence, marking the words that matched the question. */
final class Highlighter {
  private Highlighter() {}

  static Evidence quote(Passage p, Collection<String> terms) {
    List<Evidence.Highlight> marks = new ArrayList<>();
    for (Terms.Token t : p.tokens()) {
      if (t.term() != null && terms.contains(t.term()) && t.end() <= p.text().length()) {
        marks.add(new Evidence.Highlight(t.start(), t.end()));
      }
    }
    return new Evidence(p.paper().id(), p.text(), marks);
  }
}
