package dev.paperbot.discord.handle;

import dev.paperbot.Answer;
import dev.paperbot.discord.render.EmbedRenderer;
import dev.paperbot.discord.render.Reply;

/** Who sees an answer: "I don't know" only the asker, like errors; the rest as asked. */
final class Answers {
  private Answers() {}

  static Reply reply(EmbedRenderer renderer, Answer answer, boolean privately) {
    return Reply.of(renderer.render(answer), privately || answer instanceof Answer.NotFound);
  }
}
