package dev.paperbot.answer;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import dev.paperbot.Question;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Placeholder engine while the real one is built: answers help to everything. */
public final class Answerer implements AutoCloseable {

  public static Answerer open(Path indexDirectory, Duration conversationTtl, Clock clock) {
    return new Answerer();
  }

  public Answer answer(Question question) {
    return help();
  }

  public Answer list() {
    return new Answer.PaperList("No papers yet.", List.of(), List.of(), 1);
  }

  public Answer show(String idOrTitleWords) {
    return new Answer.NotFound("No paper matches.", "", List.of());
  }

  public Answer help() {
    return new Answer.Help("Ask me about the papers.", List.of("which paper introduced MLA?"));
  }

  public List<Paper> suggest(String partial, int limit) {
    return List.of();
  }

  public List<Paper> papers() {
    return List.of();
  }

  @Override
  public void close() {}
}
