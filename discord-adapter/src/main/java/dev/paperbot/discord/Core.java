package dev.paperbot.discord;

import dev.paperbot.Answer;
import dev.paperbot.Paper;
import dev.paperbot.PaperBot;
import dev.paperbot.Question;
import java.util.List;
import java.util.Objects;

/**
 * The calls the adapter makes to PaperBot's core: the {@link PaperBot} facade in production, a fake
 * in tests that must not depend on what the engine answers. Implementations are thread-safe and
 * never throw on any input text.
 */
public interface Core {

  Answer answer(Question question);

  Answer list();

  Answer show(String idOrTitleWords);

  Answer help();

  List<Paper> suggest(String partial, int limit);

  /** The production core: every call goes straight to the facade. */
  static Core of(PaperBot bot) {
    Objects.requireNonNull(bot, "bot");
    return new Core() {
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

      @Override
      public List<Paper> suggest(String partial, int limit) {
        return bot.suggest(partial, limit);
      }
    };
  }
}
