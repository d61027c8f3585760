package dev.paperbot.slack.testing;

import dev.paperbot.Answer;
import dev.paperbot.Answering;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A fake core: answers every question with a fixture chosen by a function, and records each
 * question (text and conversation key) it was asked. Like the real core, a conversation it answered
 * in is live; {@link #paperAt} knows only {@link Fixtures#deepseek()}'s arXiv links.
 */
public final class FixtureCore implements Answering {

  private final Function<Question, Answer> answers;
  private final List<Question> questions = new CopyOnWriteArrayList<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final Set<String> live = ConcurrentHashMap.newKeySet();

  public FixtureCore(Function<Question, Answer> answers) {
    this.answers = answers;
  }

  /** Answers every question with {@link Fixtures#found()}. */
  public static FixtureCore alwaysFound() {
    return new FixtureCore(q -> Fixtures.found());
  }

  public List<Question> questions() {
    return List.copyOf(questions);
  }

  /** The core methods called, in order: answer, list, show, help. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public Answer answer(Question question) {
    calls.add("answer");
    questions.add(question);
    if (question.conversation() != null) {
      live.add(question.conversation());
    }
    return answers.apply(question);
  }

  @Override
  public boolean inConversation(String conversation) {
    return live.contains(conversation);
  }

  @Override
  public Optional<Paper> paperAt(String url) {
    calls.add("paperAt:" + url);
    Paper paper = Fixtures.deepseek();
    return url.startsWith("https://arxiv.org/abs/" + paper.id())
            || url.startsWith("https://arxiv.org/pdf/" + paper.id())
        ? Optional.of(paper)
        : Optional.empty();
  }

  @Override
  public Answer list() {
    calls.add("list");
    return Fixtures.paperList(25);
  }

  @Override
  public Answer show(String idOrTitleWords) {
    calls.add("show:" + idOrTitleWords);
    return Fixtures.paperCard();
  }

  @Override
  public Answer help() {
    calls.add("help");
    return Fixtures.help();
  }
}
