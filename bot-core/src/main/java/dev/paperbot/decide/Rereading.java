package dev.paperbot.decide;

import dev.paperbot.retrieve.PaperIndex;
import dev.paperbot.retrieve.Retriever;
import dev.paperbot.understand.Interpretation;
import dev.paperbot.understand.Interpreter;
import dev.paperbot.understand.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * How chat wraps a question, read off before the intent table sees it: a remark after the question
 * mark, a name in brackets after the asker's own description of it. Each returns the reading the
 * rules should decide, the question's own when nothing applies.
 */
final class Rereading {
  private final Interpreter interpreter;
  private final Retriever retriever;
  private final PaperIndex index;

  Rereading(Interpreter interpreter, Retriever retriever, PaperIndex index) {
    this.interpreter = interpreter;
    this.retriever = retriever;
    this.index = index;
  }

  private static final java.util.regex.Pattern BRACKETED =
      java.util.regex.Pattern.compile("\\(([^()]{1,40})\\)");

  /**
   * A thing described and then named in brackets ("the KV-cache-shrinking attention thing (MLA)")
   * is asked by its name: the description is the asker's gloss, in words the abstracts may not use.
   * Only a name the corpus defines, and only for a question about a thing.
   */
  Interpretation namedInBrackets(Interpretation q) {
    if (!(q.has(Signal.LIST) || q.has(Signal.ORIGIN) || q.has(Signal.DEFINITION))) {
      return q;
    }
    java.util.regex.Matcher m = BRACKETED.matcher(q.cleaned());
    List<String> names = new ArrayList<>();
    while (m.find()) {
      List<String> terms = dev.paperbot.retrieve.Terms.terms(m.group(1));
      if (!terms.isEmpty()
          && terms.stream().allMatch(t -> retriever.nameLike(t) && index.paperFrequency(t) > 0)
          && q.thing().containsAll(terms)) {
        names.addAll(terms);
      }
    }
    return names.isEmpty() || names.size() >= q.thing().size() ? q : q.focusedOn(names);
  }

  // A remark that narrows what was asked: "... ? not v2", "... ? the original one, rather than".
  private static final java.util.regex.Pattern NARROWS =
      java.util.regex.Pattern.compile(
          "\\b(not|no|nor|rather|instead|except|excluding|only|but|original|originally|first|earliest)\\b|不是|不要|原始|最早|只");

  /**
   * The question without a remark after it: "what is faiss, in a nutshell? someone on eng said we
   * should use it" asks what Faiss is; the remark asks nothing, and its words ("eng", "use") are no
   * part of the thing asked. A remark that asks, narrows ("? not v2") or names the paper a bare
   * question needs ("what's the context length? coder v2") stays part of the question.
   */
  Interpretation withoutRemark(Interpretation whole) {
    String text = whole.cleaned();
    int mark = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
    if (mark < 0) {
      return whole;
    }
    String tail = text.substring(mark + 1).strip();
    if (tail.codePoints().noneMatch(Character::isLetter)
        || NARROWS.matcher(tail.toLowerCase(java.util.Locale.ROOT)).find()) {
      return whole;
    }
    Interpretation remark = interpreter.interpret(tail);
    boolean asksNothing =
        remark.excluded().isEmpty()
            && remark.signals().stream()
                .allMatch(s -> s == Signal.FOLLOWUP || s == Signal.PAPER_NOUN || s == Signal.NOVEL);
    if (!asksNothing) {
      return whole;
    }
    Interpretation head = interpreter.interpret(text.substring(0, mark + 1));
    if ((head.thing().isEmpty() && head.refs().isEmpty())
        || (head.refs().isEmpty() && !remark.refs().isEmpty())) {
      return whole;
    }
    return head;
  }
}
