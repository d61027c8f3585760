package dev.paperbot.discord;

import dev.paperbot.Answer;
import dev.paperbot.Answering;
import dev.paperbot.Evidence;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A core whose answers the test knows in advance: a {@link Answer.Found} quoting the question, the
 * 23-paper fixture corpus for lists and suggestions. Records every question it is asked.
 *
 * <p>Questions starting with {@value #LIST} get the 23-paper list, with {@value #UNKNOWN} "not
 * found"; question suggestions are 40 made-up completions of what was typed, some too long for
 * Discord.
 */
public class FakeCore implements Answering {
  public static final String LIST = "list:";
  public static final String UNKNOWN = "unknown:";

  public final List<Question> questions = new CopyOnWriteArrayList<>();

  @Override
  public Answer answer(Question question) {
    questions.add(question);
    return answerFor(question.text());
  }

  /** What {@link #answer} returns for this text, for tests to render the expected embed. */
  public static Answer answerFor(String text) {
    if (text.startsWith(LIST)) {
      return new Answer.PaperList("Papers for " + text, Fixtures.corpus(), List.of(), 0.9);
    }
    if (text.startsWith(UNKNOWN)) {
      return new Answer.NotFound("The papers cannot answer " + text, "", List.of());
    }
    Paper paper = Fixtures.DEEPSEEK;
    String quoted = text.isEmpty() ? "(nothing)" : text;
    return new Answer.Found(
        Answer.Kind.FACT,
        "You asked: " + quoted,
        List.of(Evidence.of(paper.id(), quoted)),
        List.of(paper),
        0.5);
  }

  @Override
  public Answer list() {
    return Fixtures.paperList();
  }

  @Override
  public Answer show(String idOrTitleWords) {
    return Fixtures.corpus().stream()
        .filter(p -> p.id().equals(idOrTitleWords))
        .findFirst()
        .<Answer>map(p -> new Answer.PaperCard(p, p.title(), List.of(), 1))
        .orElse(new Answer.NotFound("No paper matches " + idOrTitleWords + ".", "", List.of()));
  }

  @Override
  public Answer help() {
    return Fixtures.help();
  }

  @Override
  public List<String> suggestQuestions(String partial, int limit) {
    List<String> all = new java.util.ArrayList<>();
    all.add(partial + " " + "very long completion ".repeat(10));
    for (int i = 0; i < 40; i++) {
      all.add(partial + " completion " + i);
    }
    return all.stream().limit(limit).toList();
  }

  @Override
  public List<Paper> suggest(String partial, int limit) {
    String p = partial.toLowerCase(Locale.ROOT);
    return Fixtures.corpus().stream()
        .filter(paper -> (paper.id() + " " + paper.title()).toLowerCase(Locale.ROOT).contains(p))
        .limit(limit)
        .toList();
  }
}
