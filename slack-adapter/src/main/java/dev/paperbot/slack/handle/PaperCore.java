package dev.paperbot.slack.handle;

import dev.paperbot.Answer;
import dev.paperbot.PaperBot;
import dev.paperbot.Question;
import java.util.Objects;

/**
 * The adapter's seam to {@code bot-core}: the four calls the Slack surface needs. Production code
 * passes {@link #of(PaperBot)}; tests pass a fake that returns fixtures.
 */
public interface PaperCore {

  Answer answer(Question question);

  Answer list();

  Answer show(String idOrTitleWords);

  Answer help();

  static PaperCore of(PaperBot bot) {
    Objects.requireNonNull(bot, "bot");
    return new PaperCore() {
      @Override
      public Answer answer(Question question) {
        return bot.answer(question);
      }

      @Override
      public Answer list() {
        return bot.list();
      }

      @Override
      public Answer show(String idOrTitleWords) {
        return bot.show(idOrTitleWords);
      }

      @Override
      public Answer help() {
        return bot.help();
      }
    };
  }
}
